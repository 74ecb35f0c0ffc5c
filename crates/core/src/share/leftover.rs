//! What stays on the phone after "delete everything" while a coach's copy could not be deleted
//! yet (the phone was offline): for each such copy only the mailbox code, the item id and the
//! item secret, nothing of the youngster. They live under their own key, apart from the state
//! document (which is gone), are tried again like the outbox, and the key goes with the last one.

use serde::{Deserialize, Serialize};

use super::coach::CoachMailbox;
use super::outbox::{Due, DueAction, TryResult, delete_went_through, retry_delay};
use crate::storage::{KeyValueStorage, StorageError};

/// The `localStorage` key of the deletes left over from "delete everything".
pub const LEFTOVER_KEY: &str = "start-to-can.leftover-deletes";

/// A coach's copy still to delete.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftoverDelete {
    pub code: String,
    pub item_id: String,
    pub item_secret: String,
    #[serde(default)]
    pub tries: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_try: Option<u64>,
}

impl LeftoverDelete {
    pub fn new(code: &str, item_id: &str, item_secret: &str) -> LeftoverDelete {
        LeftoverDelete {
            code: code.to_owned(),
            item_id: item_id.to_owned(),
            item_secret: item_secret.to_owned(),
            tries: 0,
            last_try: None,
        }
    }

    fn next_try_at(&self) -> u64 {
        self.last_try
            .map_or(0, |last| last + retry_delay(self.tries))
    }

    /// The request, in the outbox's terms (a delete needs neither the coach's name nor key).
    pub fn due(&self) -> Due {
        Due {
            coach: CoachMailbox {
                code: self.code.clone(),
                name: String::new(),
                public_key: String::new(),
            },
            item_id: self.item_id.clone(),
            item_secret: self.item_secret.clone(),
            what: DueAction::Delete,
        }
    }
}

/// The deletes left over, in the order they were added. Nothing, or something unreadable, is
/// none (there is nothing of the youngster in it to keep aside).
pub fn leftovers(storage: &impl KeyValueStorage) -> Vec<LeftoverDelete> {
    storage
        .get(LEFTOVER_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// The left-over deletes to try now.
pub fn due_leftovers(storage: &impl KeyValueStorage, now: u64) -> Vec<LeftoverDelete> {
    leftovers(storage)
        .into_iter()
        .filter(|d| d.next_try_at() <= now)
        .collect()
}

/// When a left-over delete should be tried next, if any waits.
pub fn next_leftover_try_at(storage: &impl KeyValueStorage) -> Option<u64> {
    leftovers(storage)
        .iter()
        .map(LeftoverDelete::next_try_at)
        .min()
}

/// Adds deletes to the ones left over (an item already there is kept once). Written before
/// the state document is deleted, so a failure here stops "delete everything" with nothing lost.
pub fn keep_leftovers(
    storage: &impl KeyValueStorage,
    deletes: Vec<LeftoverDelete>,
) -> Result<(), StorageError> {
    let mut all = leftovers(storage);
    for delete in deletes {
        if !all
            .iter()
            .any(|d| d.item_id == delete.item_id && d.code == delete.code)
        {
            all.push(delete);
        }
    }
    write(storage, &all)
}

/// The phone just came online: every left-over delete is due now.
pub fn retry_leftovers_now(storage: &impl KeyValueStorage) -> Result<(), StorageError> {
    let mut all = leftovers(storage);
    if all.iter().all(|d| d.last_try.is_none()) {
        return Ok(());
    }
    for delete in &mut all {
        delete.last_try = None;
    }
    write(storage, &all)
}

/// Applies what became of a try: a delete the server confirmed (or that has nothing left to
/// delete) goes, and the key goes with the last one; a failed one waits a little longer.
pub fn finish_leftover(
    storage: &impl KeyValueStorage,
    item_id: &str,
    result: &TryResult,
    now: u64,
) -> Result<(), StorageError> {
    let mut all = leftovers(storage);
    if delete_went_through(result) {
        all.retain(|d| d.item_id != item_id);
    } else if let Some(delete) = all.iter_mut().find(|d| d.item_id == item_id) {
        delete.tries += 1;
        delete.last_try = Some(now);
    }
    write(storage, &all)
}

fn write(storage: &impl KeyValueStorage, all: &[LeftoverDelete]) -> Result<(), StorageError> {
    if all.is_empty() {
        return storage.remove(LEFTOVER_KEY);
    }
    let text = serde_json::to_string(all).expect("plain data always serialises");
    storage.set(LEFTOVER_KEY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::fake::SharedStorage;

    fn answered(status: u16) -> TryResult {
        TryResult::Answered {
            status,
            expires_at: None,
        }
    }

    fn two() -> Vec<LeftoverDelete> {
        vec![
            LeftoverDelete::new("ACDE-FG34", "item-a", "secret-a-0123456789abcdef"),
            LeftoverDelete::new("HJKM-NP34", "item-b", "secret-b-0123456789abcdef"),
        ]
    }

    #[test]
    fn nothing_is_left_over_at_first() {
        let storage = SharedStorage::default();
        assert!(leftovers(&storage).is_empty());
        assert_eq!(next_leftover_try_at(&storage), None);
    }

    #[test]
    fn kept_deletes_are_due_at_once_and_kept_once() {
        let storage = SharedStorage::default();
        keep_leftovers(&storage, two()).unwrap();
        keep_leftovers(&storage, two()[..1].to_vec()).unwrap();
        assert_eq!(leftovers(&storage), two());
        assert_eq!(due_leftovers(&storage, 0).len(), 2);
        assert_eq!(due_leftovers(&storage, 0)[0].due().what, DueAction::Delete);
    }

    #[test]
    fn a_confirmed_delete_goes_and_the_key_goes_with_the_last_one() {
        let storage = SharedStorage::default();
        keep_leftovers(&storage, two()).unwrap();
        finish_leftover(&storage, "item-a", &answered(204), 1).unwrap();
        assert_eq!(leftovers(&storage).len(), 1);
        // Already gone on the server (expired, or deleted by the coach): nothing left to do.
        finish_leftover(&storage, "item-b", &answered(404), 2).unwrap();
        assert_eq!(storage.get(LEFTOVER_KEY), Ok(None));
    }

    #[test]
    fn a_failed_delete_waits_and_is_tried_again_later() {
        let storage = SharedStorage::default();
        keep_leftovers(&storage, two()).unwrap();
        finish_leftover(&storage, "item-a", &TryResult::NoConnection, 1_000).unwrap();
        finish_leftover(&storage, "item-b", &answered(503), 1_000).unwrap();
        assert_eq!(leftovers(&storage).len(), 2);
        assert!(due_leftovers(&storage, 1_000).is_empty());
        assert_eq!(next_leftover_try_at(&storage), Some(1_000 + retry_delay(1)));
        assert_eq!(due_leftovers(&storage, 1_000 + retry_delay(1)).len(), 2);
    }

    #[test]
    fn when_the_phone_comes_online_every_left_over_delete_is_due_at_once() {
        let storage = SharedStorage::default();
        keep_leftovers(&storage, two()).unwrap();
        retry_leftovers_now(&storage).unwrap();
        let writes = storage.writes();
        retry_leftovers_now(&storage).unwrap();
        assert_eq!(storage.writes(), writes, "nothing waited: nothing written");
        finish_leftover(&storage, "item-a", &TryResult::NoConnection, 1_000).unwrap();
        assert_eq!(due_leftovers(&storage, 1_000).len(), 1);
        retry_leftovers_now(&storage).unwrap();
        assert_eq!(due_leftovers(&storage, 1_000).len(), 2);
        assert_eq!(leftovers(&storage)[0].tries, 1, "the tries are kept");
    }

    #[test]
    fn the_leftovers_hold_nothing_of_the_youngster_and_survive_delete_everything() {
        let storage = SharedStorage::default();
        let mut keeper = crate::storage::DocumentKeeper::open(&storage, 0);
        keeper
            .change(&storage, 0, |state| {
                state.welcomed = true;
                Ok::<(), ()>(())
            })
            .made()
            .unwrap()
            .unwrap();
        keep_leftovers(&storage, two()).unwrap();
        keeper.delete_everything(&storage).unwrap();
        assert_eq!(storage.keys().unwrap(), [LEFTOVER_KEY]);
        let text = storage.get(LEFTOVER_KEY).unwrap().unwrap();
        let fields: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&text).unwrap()[0]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(fields, ["code", "item_id", "item_secret", "tries"]);
    }

    #[test]
    fn a_failed_write_is_reported() {
        let storage = SharedStorage::default();
        storage.fill_up();
        assert!(keep_leftovers(&storage, two()).is_err());
    }
}
