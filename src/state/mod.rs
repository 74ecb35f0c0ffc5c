//! The app's state: the stored document held in a signal, saved on every change, shared with
//! every page through context.

pub mod reminders;

use leptos::prelude::*;
use stc_core::{AppState, Language, Theme};

use crate::i18n::{Locale, use_i18n};
use crate::platform::{browser, storage};

/// Something about saving or loading the youngster's data that they need to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The last change could not be saved; the previous copy is still there.
    SaveFailed,
    /// Saved data could not be read and was kept aside.
    SetAside { kept_under: String },
    /// Saved data came from a newer app and was kept aside.
    FromNewerVersion { kept_under: String },
    /// Saved data cannot be read nor copied: the app will not overwrite it.
    UnreadableAndStuck,
    /// The browser does not let the app keep anything.
    Unavailable,
}

/// The shared store. `Copy`, so any component can hold it.
#[derive(Clone, Copy)]
pub struct Store {
    state: RwSignal<AppState>,
    notice: RwSignal<Option<StorageNotice>>,
    /// The in-memory state holds changes that are not stored yet (a save failed).
    unsaved: RwSignal<bool>,
    /// Writing would destroy data that could not be read or set aside.
    write_blocked: StoredValue<bool>,
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
        self.notice.set(None);
    }

    /// Applies `change` on top of the newest saved state (so another tab's changes are kept),
    /// shows it at once and saves it. When saving fails the change stays on screen, the saved
    /// copy stays as it was, and the youngster is told.
    pub fn update(&self, change: impl FnOnce(&mut AppState)) {
        let _ = self.try_update(|state| {
            change(state);
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Like [`Store::update`], for a change that may be refused (an answer that does not fit):
    /// a refused change leaves both the screen and the saved copy as they were.
    pub fn try_update<T, E>(
        &self,
        change: impl FnOnce(&mut AppState) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut next = if self.unsaved.get_untracked() || self.write_blocked.get_value() {
            self.state.get_untracked()
        } else {
            storage::read_saved().unwrap_or_else(|| self.state.get_untracked())
        };
        let outcome = change(&mut next)?;
        self.commit(next);
        Ok(outcome)
    }

    /// Saves `next` and shows it; a failed save is reported and keeps the saved copy.
    fn commit(&self, mut next: AppState) {
        // After the first answer, the browser is asked to keep the storage; that it was asked is
        // saved with the answer itself.
        let ask_to_persist = stc_core::offline::persistence_due(&next);
        if ask_to_persist {
            next.settings.offline.persistence_asked = true;
        }
        let saved = if self.write_blocked.get_value() {
            Err("saved data that could not be read is protected".to_owned())
        } else {
            storage::save(&next)
        };
        match saved {
            Ok(()) => {
                if ask_to_persist {
                    crate::platform::persistence::ask();
                }
                self.unsaved.set(false);
                if self.notice.get_untracked() == Some(StorageNotice::SaveFailed) {
                    self.notice.set(None);
                }
            }
            Err(reason) => {
                leptos::logging::warn!("saving failed: {reason}");
                self.unsaved.set(true);
                if !self.write_blocked.get_value() {
                    self.notice.set(Some(StorageNotice::SaveFailed));
                }
            }
        }
        self.state.set(next);
    }

    /// Another tab saved: take its state, unless this tab holds changes it could not save.
    fn pick_up_saved(&self) {
        if self.unsaved.get_untracked() || self.write_blocked.get_value() {
            return;
        }
        if let Some(saved) = storage::read_saved()
            && saved != self.state.get_untracked()
        {
            self.state.set(saved);
        }
    }

    /// Replaces the whole state (a restored backup). Saved like any change.
    pub fn replace(&self, state: AppState) {
        self.update(move |s| *s = state);
    }

    /// Removes everything the app keeps on this phone and starts afresh.
    pub fn delete_everything(&self) -> Result<(), String> {
        storage::delete_everything()?;
        self.write_blocked.set_value(false);
        self.unsaved.set(false);
        self.notice.set(None);
        self.state.set(AppState::default());
        Ok(())
    }

    pub fn set_language(&self, language: Language) {
        self.update(|s| s.settings.language = Some(language));
    }

    pub fn set_theme(&self, theme: Theme) {
        self.update(|s| s.settings.theme = theme);
    }
}

/// Loads the saved state, provides the [`Store`], and keeps the language, the theme and other
/// tabs in step with it.
pub fn provide_store() -> Store {
    let (initial, notice, write_blocked) = match storage::load() {
        storage::Found::Nothing => (AppState::default(), None, false),
        storage::Found::Saved(state) => (*state, None, false),
        storage::Found::SetAside {
            kept_under,
            newer_version: true,
        } => (
            AppState::default(),
            Some(StorageNotice::FromNewerVersion { kept_under }),
            false,
        ),
        storage::Found::SetAside {
            kept_under,
            newer_version: false,
        } => (
            AppState::default(),
            Some(StorageNotice::SetAside { kept_under }),
            false,
        ),
        storage::Found::UnreadableAndStuck => (
            AppState::default(),
            Some(StorageNotice::UnreadableAndStuck),
            true,
        ),
        storage::Found::Unavailable => {
            (AppState::default(), Some(StorageNotice::Unavailable), false)
        }
    };
    let state = RwSignal::new(initial);
    let browser_languages = browser::preferred_languages();
    let store = Store {
        language: Memo::new(move |_| {
            state.with(|s| s.settings.effective_language(&browser_languages))
        }),
        state,
        notice: RwSignal::new(notice),
        unsaved: RwSignal::new(false),
        write_blocked: StoredValue::new(write_blocked),
    };
    provide_context(store);

    let i18n = use_i18n();
    Effect::new(move |_| i18n.set_locale(locale_of(store.language.get())));
    Effect::new(move |_| {
        browser::apply_theme(store.state.with(|s| s.settings.theme.data_attribute()));
    });
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(stc_core::document::STORAGE_KEY) {
            store.pick_up_saved();
        }
    });
    on_cleanup(move || listener.remove());
    store
}

/// The store provided by [`provide_store`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}

fn locale_of(language: Language) -> Locale {
    match language {
        Language::Nl => Locale::nl,
        Language::En => Locale::en,
        Language::Fi => Locale::fi,
    }
}
