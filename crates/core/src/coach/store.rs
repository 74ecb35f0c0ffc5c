//! Keeping the coach's document safe on the device, by the same promises as the youngster's
//! (`crate::storage`): a failed write leaves the last good copy as it was; a document that cannot
//! be read is copied aside and never wiped; a newer version's document is never written over; and
//! every change is made on top of what another tab saved (two tabs keep each other's notes).

use super::document::{
    COACH_SET_ASIDE_PREFIX, COACH_STORAGE_KEY, CoachDocument, CoachLoadError, parse_document,
};
use crate::storage::set_aside::set_aside_once_under;
use crate::storage::{KeyValueStorage, StorageError};

/// What the coach must be told about the stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoachNotice {
    /// The last change was not saved (a full disk, private mode); the saved copy is as it was.
    SaveFailed(String),
    /// The stored data could not be read: it is kept under this key, and the app starts empty.
    SetAside(String),
    /// A newer version of the app wrote the data: nothing is written over it.
    Newer,
    /// The stored data could not be read, nor copied aside: it stays, and nothing is written.
    Stuck,
    /// This browser keeps nothing.
    Unavailable(String),
}

/// Decides every read and write of the coach's document.
pub struct CoachKeeper {
    document: CoachDocument,
    /// The stored text as this tab last read or wrote it.
    last_text: Option<String>,
    /// The stored text must not be written over: a newer version's ([`CoachNotice::Newer`]) or
    /// one that could not be set aside ([`CoachNotice::Stuck`]).
    hands_off: Option<CoachNotice>,
}

impl CoachKeeper {
    /// Reads the stored document (a copy set aside is named with `now_millis`).
    pub fn open(
        storage: &impl KeyValueStorage,
        now_millis: u64,
    ) -> (CoachKeeper, Option<CoachNotice>) {
        let mut keeper = CoachKeeper {
            document: CoachDocument::default(),
            last_text: None,
            hands_off: None,
        };
        let notice = keeper.read(storage, now_millis);
        (keeper, notice)
    }

    pub fn document(&self) -> &CoachDocument {
        &self.document
    }

    /// Takes what another tab saved, when it changed.
    pub fn pick_up(
        &mut self,
        storage: &impl KeyValueStorage,
        now_millis: u64,
    ) -> Option<CoachNotice> {
        self.read(storage, now_millis)
    }

    /// Makes `change` on top of the newest stored document and saves it. If the save fails, the
    /// document shown and the one stored both stay as they were.
    pub fn change<T>(
        &mut self,
        storage: &impl KeyValueStorage,
        now_millis: u64,
        change: impl FnOnce(&mut CoachDocument) -> T,
    ) -> Result<T, CoachNotice> {
        self.try_change(storage, now_millis, |document| {
            Ok::<T, std::convert::Infallible>(change(document))
        })
        .map(|made| match made {
            Ok(value) => value,
        })
    }

    /// Like [`CoachKeeper::change`], for a change that may be refused: a refused change writes
    /// nothing.
    pub fn try_change<T, E>(
        &mut self,
        storage: &impl KeyValueStorage,
        now_millis: u64,
        change: impl FnOnce(&mut CoachDocument) -> Result<T, E>,
    ) -> Result<Result<T, E>, CoachNotice> {
        if let Some(
            notice @ (CoachNotice::Unavailable(_) | CoachNotice::Newer | CoachNotice::Stuck),
        ) = self.read(storage, now_millis)
        {
            return Err(notice);
        }
        let mut next = self.document.clone();
        let value = match change(&mut next) {
            Ok(value) => value,
            Err(refused) => return Ok(Err(refused)),
        };
        let text = next.to_json();
        storage
            .set(COACH_STORAGE_KEY, &text)
            .map_err(|StorageError(reason)| CoachNotice::SaveFailed(reason))?;
        self.document = next;
        self.last_text = Some(text);
        Ok(Ok(value))
    }

    fn read(&mut self, storage: &impl KeyValueStorage, now_millis: u64) -> Option<CoachNotice> {
        let text = match storage.get(COACH_STORAGE_KEY) {
            Ok(text) => text,
            Err(StorageError(reason)) => return Some(CoachNotice::Unavailable(reason)),
        };
        if text == self.last_text {
            return self.hands_off.clone();
        }
        let Some(text) = text else {
            // Removed elsewhere (the browser's "clear site data"): start afresh.
            self.document = CoachDocument::default();
            self.last_text = None;
            self.hands_off = None;
            return None;
        };
        match parse_document(&text) {
            Ok(document) => {
                self.document = document;
                self.last_text = Some(text);
                self.hands_off = None;
                None
            }
            Err(CoachLoadError::Newer(_)) => {
                self.last_text = Some(text);
                self.hands_off = Some(CoachNotice::Newer);
                Some(CoachNotice::Newer)
            }
            Err(CoachLoadError::Unreadable(_)) => {
                // By the youngster's rules: one copy of the same text, under a key of its own.
                let Ok(key) =
                    set_aside_once_under(storage, COACH_SET_ASIDE_PREFIX, &text, now_millis)
                else {
                    // No room for the copy: leave the original where it is, untouched.
                    self.last_text = Some(text);
                    self.hands_off = Some(CoachNotice::Stuck);
                    return Some(CoachNotice::Stuck);
                };
                // The copy is safe; the main key is cleared unless another tab wrote meanwhile.
                if matches!(storage.get(COACH_STORAGE_KEY), Ok(Some(now)) if now == text) {
                    let _ = storage.remove(COACH_STORAGE_KEY);
                }
                self.document = CoachDocument::default();
                self.last_text = None;
                self.hands_off = None;
                Some(CoachNotice::SetAside(key))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::fake::SharedStorage;

    fn noted(storage: &SharedStorage, id: &str, note: &str) -> CoachKeeper {
        let (mut keeper, _) = CoachKeeper::open(storage, 1);
        keeper.change(storage, 2, |d| d.set_note(id, note)).unwrap();
        keeper
    }

    #[test]
    fn a_change_is_saved_and_read_back() {
        let storage = SharedStorage::default();
        noted(&storage, "item-1", "Wil graag stage doen");
        let (again, notice) = CoachKeeper::open(&storage, 3);
        assert_eq!(notice, None);
        assert_eq!(again.document().notes["item-1"], "Wil graag stage doen");
    }

    #[test]
    fn two_tabs_keep_each_others_notes() {
        let storage = SharedStorage::default();
        let (mut first, _) = CoachKeeper::open(&storage, 1);
        let (mut second, _) = CoachKeeper::open(&storage, 1);
        first
            .change(&storage, 2, |d| d.set_note("a", "van tab een"))
            .unwrap();
        second
            .change(&storage, 3, |d| d.set_note("b", "van tab twee"))
            .unwrap();
        let (again, _) = CoachKeeper::open(&storage, 4);
        assert_eq!(again.document().notes.len(), 2);
        assert_eq!(first.pick_up(&storage, 5), None);
        assert_eq!(first.document().notes["b"], "van tab twee");
    }

    #[test]
    fn a_failed_save_leaves_the_saved_copy_and_the_shown_document_as_they_were() {
        let storage = SharedStorage::default();
        let mut keeper = noted(&storage, "a", "eerste");
        let before = storage.raw(COACH_STORAGE_KEY);
        storage.fill_up();
        let outcome = keeper.change(&storage, 3, |d| d.set_note("a", "tweede"));
        assert!(
            matches!(outcome, Err(CoachNotice::SaveFailed(reason)) if reason.contains("Quota"))
        );
        assert_eq!(storage.raw(COACH_STORAGE_KEY), before);
        assert_eq!(keeper.document().notes["a"], "eerste");
    }

    #[test]
    fn unreadable_data_is_set_aside_never_wiped() {
        let storage = SharedStorage::default();
        storage.put(COACH_STORAGE_KEY, "{ half a document");
        let (keeper, notice) = CoachKeeper::open(&storage, 1700);
        let key = format!("{COACH_SET_ASIDE_PREFIX}1700");
        assert_eq!(notice, Some(CoachNotice::SetAside(key.clone())));
        assert_eq!(storage.raw(&key).as_deref(), Some("{ half a document"));
        assert_eq!(keeper.document(), &CoachDocument::default());
    }

    #[test]
    fn unreadable_data_that_cannot_be_copied_is_left_in_place_and_not_written_over() {
        let storage = SharedStorage::default();
        storage.put(COACH_STORAGE_KEY, "{ half a document");
        storage.fill_up();
        let (mut keeper, notice) = CoachKeeper::open(&storage, 1);
        assert_eq!(notice, Some(CoachNotice::Stuck));
        storage.free_space();
        assert_eq!(
            keeper.change(&storage, 2, |d| d.set_note("a", "x")),
            Err(CoachNotice::Stuck)
        );
        assert_eq!(
            storage.raw(COACH_STORAGE_KEY).as_deref(),
            Some("{ half a document")
        );
    }

    #[test]
    fn a_newer_versions_data_is_never_written_over() {
        let storage = SharedStorage::default();
        let newer = r#"{"format": 2, "something": "new"}"#;
        storage.put(COACH_STORAGE_KEY, newer);
        let (mut keeper, notice) = CoachKeeper::open(&storage, 1);
        assert_eq!(notice, Some(CoachNotice::Newer));
        assert_eq!(
            keeper.change(&storage, 2, |d| d.set_note("a", "x")),
            Err(CoachNotice::Newer)
        );
        assert_eq!(storage.raw(COACH_STORAGE_KEY).as_deref(), Some(newer));
        assert_eq!(storage.writes(), 0);
    }

    #[test]
    fn a_refused_change_writes_nothing() {
        let storage = SharedStorage::default();
        let (mut keeper, _) = CoachKeeper::open(&storage, 1);
        let outcome = keeper.try_change(&storage, 2, |_| Err::<(), _>("no"));
        assert_eq!(outcome, Ok(Err("no")));
        assert_eq!(storage.writes(), 0);
    }

    #[test]
    fn a_browser_that_keeps_nothing_says_so() {
        let storage = SharedStorage::default();
        storage.refuse_everything();
        let (mut keeper, notice) = CoachKeeper::open(&storage, 1);
        assert!(matches!(notice, Some(CoachNotice::Unavailable(_))));
        assert!(matches!(
            keeper.change(&storage, 2, |_| ()),
            Err(CoachNotice::Unavailable(_))
        ));
    }
}
