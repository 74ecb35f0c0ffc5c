//! The app's state: the stored document held in a signal, shared with every page through
//! context. Whether and how a change is saved is decided by `stc_core::storage` (the rules for
//! tabs, app versions and "delete everything"); this module mirrors its decisions into signals.

pub mod invite;
pub mod read_aloud;
pub mod reminders;
pub mod set_aside;
pub mod share;

use leptos::prelude::*;
use stc_core::storage::{DocumentKeeper, Outcome};
use stc_core::{AppState, Language, TextSize, Theme};

use stc_ui::locale_of;

use crate::i18n::use_i18n;
use crate::platform::browser;
use crate::platform::storage::BrowserStorage;

/// Something about saving or loading the youngster's data that they need to know.
pub use stc_core::storage::Notice as StorageNotice;

/// The shared store. `Copy`, so any component can hold it.
#[derive(Clone, Copy)]
pub struct Store {
    state: RwSignal<AppState>,
    notice: RwSignal<Option<StorageNotice>>,
    /// Decides every read and write of the saved document.
    keeper: StoredValue<DocumentKeeper>,
    /// The language shown: the chosen one, else the browser's best match.
    language: Memo<Language>,
}

impl Store {
    pub fn state(&self) -> Signal<AppState> {
        self.state.into()
    }

    pub fn language(&self) -> Signal<Language> {
        self.language.into()
    }

    pub fn notice(&self) -> Signal<Option<StorageNotice>> {
        self.notice.into()
    }

    pub fn dismiss_notice(&self) {
        self.keeper.update_value(DocumentKeeper::dismiss_notice);
        self.notice.set(None);
    }

    /// The youngster's change: made on top of the newest saved state (so another tab's changes
    /// are kept), shown at once and saved. A failed save keeps the saved copy and says so; over a
    /// newer app's data, or after another tab deleted everything, the change is not made.
    pub fn update(&self, change: impl FnOnce(&mut AppState)) {
        let _ = self.try_update(|state| {
            change(state);
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Like [`Store::update`], for a change that may be refused (an answer that does not fit):
    /// a refused change leaves both the screen and the saved copy as they were. `None` when the
    /// change was not made at all (the notice says why).
    pub fn try_update<T, E>(
        &self,
        change: impl FnOnce(&mut AppState) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        let mut change = Some(change);
        let mut result = None;
        self.make(false, &mut |state| {
            let outcome = change.take().map(|change| change(state));
            let made = matches!(outcome, Some(Ok(_)));
            result = outcome;
            made
        })?;
        result
    }

    /// A change the youngster asked for but did not tap for now (a reminder marked as shown, the
    /// first day of use): made by the same rules, only on top of saved data. Whether it was made.
    pub fn update_in_background(&self, change: impl FnOnce(&mut AppState)) -> bool {
        let mut change = Some(change);
        self.make(true, &mut |state| {
            if let Some(change) = change.take() {
                change(state);
            }
            true
        })
        .is_some()
    }

    /// The one path of every change, not generic, so the app carries the keeper's code once
    /// rather than once per kind of change. `change` says whether it is made (`false`: refused,
    /// nothing changes). Whether it was made, or `None` when it was not made at all (the notice
    /// says why).
    fn make(
        &self,
        background: bool,
        change: &mut dyn FnMut(&mut AppState) -> bool,
    ) -> Option<bool> {
        let mut ask_to_persist = false;
        let now = browser::now_millis();
        let outcome = self.keeper.try_update_value(|keeper| {
            let run = |state: &mut AppState| {
                if !change(state) {
                    return Err(());
                }
                if !background {
                    ask_to_persist = note_persistence_asked(state);
                }
                Ok(())
            };
            if background {
                keeper.change_in_background(&BrowserStorage, now, run)
            } else {
                keeper.change(&BrowserStorage, now, run)
            }
        })?;
        if ask_to_persist && matches!(outcome, Outcome::Saved(_)) {
            crate::platform::persistence::ask();
        }
        self.show(matches!(outcome, Outcome::NotMade(_)));
        outcome.made().map(|made| made.is_ok())
    }

    /// Another tab saved (or deleted): take its state, or tell what stands in the way.
    fn pick_up_saved(&self) {
        self.keeper.update_value(|keeper| {
            keeper.pick_up(&BrowserStorage, browser::now_millis());
        });
        self.mirror();
    }

    /// Replaces the whole state (a restored backup). Saved like any change; whether it was made.
    pub fn replace(&self, state: AppState) -> bool {
        self.try_update(move |s| {
            *s = state;
            Ok::<(), std::convert::Infallible>(())
        })
        .is_some()
    }

    /// Removes everything the app keeps on this phone, set-aside copies included, and starts
    /// afresh. Returns how many set-aside copies went too.
    pub fn delete_everything(&self) -> Result<usize, String> {
        let removed = self
            .keeper
            .try_update_value(|keeper| keeper.delete_everything(&BrowserStorage))
            .ok_or("the store is gone")?
            .map_err(|e| e.to_string())?;
        self.mirror();
        Ok(removed)
    }

    pub fn set_language(&self, language: Language) {
        self.update(|s| s.settings.language = Some(language));
    }

    pub fn set_theme(&self, theme: Theme) {
        self.update(|s| s.settings.theme = theme);
    }

    pub fn set_high_contrast(&self, on: bool) {
        self.update(|s| s.settings.high_contrast = on);
    }

    pub fn set_text_size(&self, size: TextSize) {
        self.update(|s| s.settings.text_size = size);
    }

    /// Shows the keeper's state and notice after a change.
    fn show(&self, not_made: bool) {
        self.mirror();
        if not_made {
            // A radio or checkbox the youngster tapped shows the unchanged state again.
            self.state.notify();
        }
    }

    /// Copies the keeper's state and notice into the signals, when they differ.
    fn mirror(&self) {
        self.keeper.with_value(|keeper| {
            if self.state.with_untracked(|shown| shown != keeper.state()) {
                self.state.set(keeper.state().clone());
            }
            if self
                .notice
                .with_untracked(|shown| shown.as_ref() != keeper.notice())
            {
                self.notice.set(keeper.notice().cloned());
            }
        });
    }
}

/// After the first answer the browser is asked to keep the storage; that it was asked is saved
/// with the answer itself. Returns whether to ask now.
fn note_persistence_asked(state: &mut AppState) -> bool {
    let due = stc_core::offline::persistence_due(state);
    if due {
        state.settings.offline.persistence_asked = true;
    }
    due
}

/// Loads the saved state, provides the [`Store`], and keeps the language, the theme, contrast
/// and text size, and other tabs in step with it.
pub fn provide_store() -> Store {
    let keeper = DocumentKeeper::open(&BrowserStorage, browser::now_millis());
    let state = RwSignal::new(keeper.state().clone());
    let notice = RwSignal::new(keeper.notice().cloned());
    let browser_languages = browser::preferred_languages();
    let store = Store {
        language: Memo::new(move |_| {
            state.with(|s| s.settings.effective_language(&browser_languages))
        }),
        state,
        notice,
        keeper: StoredValue::new(keeper),
    };
    provide_context(store);

    let i18n = use_i18n();
    Effect::new(move |_| i18n.set_locale(locale_of(store.language.get())));
    // At once, so the first screen already has the chosen size and colours; then on a change.
    let looks = Memo::new(move |_| {
        store.state.with(|s| {
            let settings = &s.settings;
            (settings.theme, settings.high_contrast, settings.text_size)
        })
    });
    show_looks(looks.get_untracked());
    Effect::new(move |_| show_looks(looks.get()));
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        // No key: another tab cleared the whole storage.
        let key = event.key();
        if key.is_none() || key.as_deref() == Some(stc_core::document::STORAGE_KEY) {
            store.pick_up_saved();
        }
    });
    on_cleanup(move || listener.remove());
    store
}

/// The theme, contrast and text size as attributes on `<html>`, for the CSS.
fn show_looks((theme, high_contrast, text_size): (Theme, bool, TextSize)) {
    // Without `data-theme` the CSS follows the system.
    browser::set_root_attribute("data-theme", theme.data_attribute());
    browser::set_root_attribute("data-contrast", high_contrast.then_some("high"));
    browser::set_root_attribute("data-text-size", text_size.data_attribute());
}

/// The store provided by [`provide_store`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}
