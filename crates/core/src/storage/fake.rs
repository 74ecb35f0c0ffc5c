//! A storage for the tests: one map shared by every "tab" (clone it), a phone that can be full
//! (every write fails, removing still works) and a browser that refuses storage altogether.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{KeyValueStorage, StorageError};

#[derive(Clone, Default)]
pub struct SharedStorage {
    items: Rc<RefCell<BTreeMap<String, String>>>,
    full: Rc<Cell<bool>>,
    unavailable: Rc<Cell<bool>>,
    writes: Rc<Cell<usize>>,
}

impl SharedStorage {
    /// The quota is reached: from now on every write fails and leaves the old value.
    pub fn fill_up(&self) {
        self.full.set(true);
    }

    pub fn free_space(&self) {
        self.full.set(false);
    }

    pub fn refuse_everything(&self) {
        self.unavailable.set(true);
    }

    /// How many times a value was set (to see that nothing was written).
    pub fn writes(&self) -> usize {
        self.writes.get()
    }

    pub fn raw(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }

    /// Writes behind the app's back (another program, or a newer app).
    pub fn put(&self, key: &str, value: &str) {
        self.items.borrow_mut().insert(key.into(), value.into());
    }

    pub fn all(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }

    fn check_available(&self) -> Result<(), StorageError> {
        if self.unavailable.get() {
            Err(StorageError("SecurityError: storage is disabled".into()))
        } else {
            Ok(())
        }
    }
}

impl KeyValueStorage for SharedStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check_available()?;
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check_available()?;
        if self.full.get() {
            return Err(StorageError(
                "QuotaExceededError: the quota has been exceeded".into(),
            ));
        }
        self.writes.set(self.writes.get() + 1);
        self.put(key, value);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check_available()?;
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check_available()?;
        Ok(self.items.borrow().keys().cloned().collect())
    }
}
