//! One tab's keeper of the saved document: the state machine that decides, at the start, on
//! every change and when another tab saved, what this tab shows and whether it may write.

use super::set_aside::set_aside_once;
use super::{KeyValueStorage, StorageError, set_aside_copies};
use crate::document::{AppState, LoadError, STORAGE_KEY};

/// Something about the youngster's saved data that they need to be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The last change could not be saved (a full phone, private mode); the previous copy stays.
    SaveFailed,
    /// Saved data could not be read; it was copied aside under `key`, to download or remove.
    SetAside { key: String },
    /// The saved data comes from a newer version of the app, open in another tab: this tab writes
    /// nothing until it is reloaded.
    NewerVersion,
    /// Saved data cannot be read nor copied aside: nothing new is saved, so it is not overwritten.
    UnreadableAndStuck,
    /// The browser does not let the app keep anything.
    Unavailable,
    /// Another tab deleted everything: this tab started afresh too.
    DeletedElsewhere,
}

/// What became of a change.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome<T, E> {
    /// Made and saved.
    Saved(T),
    /// Made on screen but not saved; the notice says why, and the saved copy is as it was.
    NotSaved(T),
    /// The change refused itself (an answer that does not fit): nothing changed.
    Refused(E),
    /// The change was not made at all.
    NotMade(NotMade),
}

/// Why a change was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotMade {
    /// A newer version of the app saved the data: this tab must not write over it.
    NewerVersion,
    /// Another tab deleted everything: this tab started afresh instead of bringing it back.
    DeletedElsewhere,
    /// A change the youngster did not tap for, and no document to make it on.
    NothingSaved,
}

impl<T, E> Outcome<T, E> {
    /// The change's own answer when it was made (saved or not), else why not.
    pub fn made(self) -> Option<Result<T, E>> {
        match self {
            Outcome::Saved(value) | Outcome::NotSaved(value) => Some(Ok(value)),
            Outcome::Refused(error) => Some(Err(error)),
            Outcome::NotMade(_) => None,
        }
    }
}

/// What one look at the saved document found, compared with what this tab knows.
enum Reading {
    /// Nothing saved, and this tab saw no document of its own before.
    Nothing,
    /// The text this tab last read or wrote: its state in memory is up to date (no parse needed).
    Unchanged,
    /// Another tab saved this state (boxed: it is much larger than the other readings).
    Changed { state: Box<AppState>, text: String },
    /// This tab had a document and it is gone: another tab deleted everything.
    Deleted,
    /// A newer app saved it.
    Newer,
    /// Unreadable, now copied aside under `key`; the main key is clear.
    SetAside { key: String },
    /// Unreadable and could not be copied aside.
    Stuck,
    /// The storage cannot be read at all.
    Unavailable,
}

/// Whether, and how, a change may go ahead after a look at the saved document.
enum Go {
    /// Write: on top of a saved document (`true`) or as the first one (`false`).
    Write {
        on_saved_document: bool,
    },
    /// Only in memory: writing would destroy something or cannot work.
    MemoryOnly,
    Stop(NotMade),
}

/// This tab's state and what it knows of the saved document.
#[derive(Clone, Debug)]
pub struct DocumentKeeper {
    state: AppState,
    /// The text under [`STORAGE_KEY`] when this tab last read or wrote it; `None` while this tab
    /// knows of no saved document (a first start, after a delete, after setting data aside).
    last_text: Option<String>,
    notice: Option<Notice>,
}

impl DocumentKeeper {
    /// Reads what is saved when the app starts: a first start, the saved state, or a notice.
    pub fn open(storage: &impl KeyValueStorage, now_millis: u64) -> Self {
        let mut keeper = DocumentKeeper {
            state: AppState::default(),
            last_text: None,
            notice: None,
        };
        keeper.pick_up(storage, now_millis);
        keeper
    }

    /// The state to show.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn dismiss_notice(&mut self) {
        self.notice = None;
    }

    /// Another tab saved (the `storage` event), or the app wants to look again: takes another
    /// tab's state, starts afresh after another tab's delete, or tells what stands in the way.
    /// Never writes this tab's state (unreadable data is only copied aside). Returns whether the state to show changed.
    pub fn pick_up(&mut self, storage: &impl KeyValueStorage, now_millis: u64) -> bool {
        let before = self.state.clone();
        // Whether a change could be written does not matter here: nothing is changed.
        let _ = self.look(storage, now_millis);
        self.state != before
    }

    /// The youngster's change: made on top of the newest saved state (so another tab's changes
    /// are kept) and saved. Never over a newer app's document, never after another tab deleted
    /// everything; a failed save keeps the saved copy and says so.
    pub fn change<T, E>(
        &mut self,
        storage: &impl KeyValueStorage,
        now_millis: u64,
        change: impl FnOnce(&mut AppState) -> Result<T, E>,
    ) -> Outcome<T, E> {
        match self.look(storage, now_millis) {
            Go::Write { .. } => self.make_and_save(storage, change),
            Go::MemoryOnly => match change(&mut self.state) {
                Ok(value) => Outcome::NotSaved(value),
                Err(error) => Outcome::Refused(error),
            },
            Go::Stop(why) => Outcome::NotMade(why),
        }
    }

    /// A change the youngster did not tap for but asked for (a reminder marked as shown, the
    /// first day of use noted): by the same rules, and only on top of a saved document: it never
    /// starts one, and never changes only the screen.
    pub fn change_in_background<T, E>(
        &mut self,
        storage: &impl KeyValueStorage,
        now_millis: u64,
        change: impl FnOnce(&mut AppState) -> Result<T, E>,
    ) -> Outcome<T, E> {
        match self.look(storage, now_millis) {
            Go::Write {
                on_saved_document: true,
            } => self.make_and_save(storage, change),
            Go::Write { .. } | Go::MemoryOnly => Outcome::NotMade(NotMade::NothingSaved),
            Go::Stop(why) => Outcome::NotMade(why),
        }
    }

    /// Removes the document and every set-aside copy, and starts afresh. Returns how many
    /// set-aside copies went with it. Other tabs start afresh when they notice.
    pub fn delete_everything(
        &mut self,
        storage: &impl KeyValueStorage,
    ) -> Result<usize, StorageError> {
        let copies = set_aside_copies(storage)?;
        storage.remove(STORAGE_KEY)?;
        for copy in &copies {
            storage.remove(&copy.key)?;
        }
        self.start_afresh(None);
        Ok(copies.len())
    }

    fn make_and_save<T, E>(
        &mut self,
        storage: &impl KeyValueStorage,
        change: impl FnOnce(&mut AppState) -> Result<T, E>,
    ) -> Outcome<T, E> {
        let mut next = self.state.clone();
        match change(&mut next) {
            Ok(value) if self.save(storage, next) => Outcome::Saved(value),
            Ok(value) => Outcome::NotSaved(value),
            Err(error) => Outcome::Refused(error),
        }
    }

    /// Shows `next` and writes it; whether it is saved. Kept apart from the generic
    /// [`DocumentKeeper::make_and_save`], so the app carries this code once, not once per change.
    fn save(&mut self, storage: &impl KeyValueStorage, next: AppState) -> bool {
        let text = next.to_json();
        self.state = next;
        if self.last_text.as_deref() == Some(text.as_str()) {
            // Nothing changed on disk: no write, no `storage` event for the other tabs.
            return true;
        }
        match storage.set(STORAGE_KEY, &text) {
            Ok(()) => {
                self.last_text = Some(text);
                if self.notice == Some(Notice::SaveFailed) {
                    self.notice = None;
                }
                true
            }
            Err(_) => {
                if self.notice != Some(Notice::Unavailable) {
                    self.notice = Some(Notice::SaveFailed);
                }
                false
            }
        }
    }

    /// Reads the saved document, brings this tab in step with it, and says whether a change may
    /// be written.
    fn look(&mut self, storage: &impl KeyValueStorage, now_millis: u64) -> Go {
        match self.read(storage, now_millis) {
            Reading::Nothing => {
                self.clear_notice_of_a_past_danger();
                Go::Write {
                    on_saved_document: false,
                }
            }
            Reading::Unchanged => Go::Write {
                on_saved_document: true,
            },
            Reading::Changed { state, text } => {
                self.clear_notice_of_a_past_danger();
                self.state = *state;
                self.last_text = Some(text);
                Go::Write {
                    on_saved_document: true,
                }
            }
            Reading::Deleted => {
                self.start_afresh(Some(Notice::DeletedElsewhere));
                Go::Stop(NotMade::DeletedElsewhere)
            }
            Reading::Newer => {
                self.notice = Some(Notice::NewerVersion);
                Go::Stop(NotMade::NewerVersion)
            }
            Reading::SetAside { key } => {
                self.notice = Some(Notice::SetAside { key });
                // The main key is clear now; this tab's state is written as the first document.
                self.last_text = None;
                Go::Write {
                    on_saved_document: false,
                }
            }
            Reading::Stuck => {
                self.notice = Some(Notice::UnreadableAndStuck);
                Go::MemoryOnly
            }
            Reading::Unavailable => {
                self.notice = Some(Notice::Unavailable);
                Go::MemoryOnly
            }
        }
    }

    fn read(&mut self, storage: &impl KeyValueStorage, now_millis: u64) -> Reading {
        let text = match storage.get(STORAGE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) if self.last_text.is_some() => return Reading::Deleted,
            Ok(None) => return Reading::Nothing,
            Err(_) => return Reading::Unavailable,
        };
        if self.last_text.as_ref() == Some(&text) {
            return Reading::Unchanged;
        }
        match AppState::load(&text) {
            Ok(state) => Reading::Changed {
                state: Box::new(state),
                text,
            },
            Err(LoadError::FromNewerVersion { .. }) => Reading::Newer,
            Err(_) => match set_aside_once(storage, &text, now_millis) {
                Ok(key) => {
                    // The copy is safe; the main key is cleared unless another tab wrote meanwhile.
                    if matches!(storage.get(STORAGE_KEY), Ok(Some(now)) if now == text) {
                        let _ = storage.remove(STORAGE_KEY);
                    }
                    Reading::SetAside { key }
                }
                Err(_) => Reading::Stuck,
            },
        }
    }

    fn start_afresh(&mut self, notice: Option<Notice>) {
        self.state = AppState::default();
        self.last_text = None;
        self.notice = notice;
    }

    /// A newer app's document or unreadable data are gone: what was said about them is over.
    fn clear_notice_of_a_past_danger(&mut self) {
        if matches!(
            self.notice,
            Some(Notice::NewerVersion | Notice::UnreadableAndStuck)
        ) {
            self.notice = None;
        }
    }
}
