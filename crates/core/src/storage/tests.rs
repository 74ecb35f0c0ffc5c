//! The storage rules, case by case: two tabs sharing one storage (two keepers over one
//! [`SharedStorage`]), a full quota, a browser without storage, and a newer app's document.

use std::convert::Infallible;

use proptest::prelude::*;

use super::fake::SharedStorage;
use super::*;
use crate::document::{AppState, SCHEMA_VERSION, SET_ASIDE_KEY_PREFIX, STORAGE_KEY};
use crate::settings::{Language, Theme};

const NOW: u64 = 1_700_000_000_000;

fn open(storage: &SharedStorage) -> DocumentKeeper {
    DocumentKeeper::open(storage, NOW)
}

/// The youngster taps: a change that always fits.
fn tap(
    tab: &mut DocumentKeeper,
    storage: &SharedStorage,
    change: impl FnOnce(&mut AppState),
) -> Outcome<(), Infallible> {
    tab.change(storage, NOW, |s| {
        change(s);
        Ok(())
    })
}

fn welcome(s: &mut AppState) {
    s.welcomed = true;
}

fn dark(s: &mut AppState) {
    s.settings.theme = Theme::Dark;
}

fn english(s: &mut AppState) {
    s.settings.language = Some(Language::En);
}

fn saved(storage: &SharedStorage) -> Option<AppState> {
    storage
        .raw(STORAGE_KEY)
        .map(|text| AppState::load(&text).expect("the saved document is readable"))
}

fn saved_with(change: impl FnOnce(&mut AppState)) -> SharedStorage {
    let storage = SharedStorage::default();
    let mut state = AppState::default();
    change(&mut state);
    storage.put(STORAGE_KEY, &state.to_json());
    storage
}

/// A document as a newer app writes it: a higher schema and a field this app does not know.
fn newer_document() -> String {
    format!(
        r#"{{"schema_version":{},"state":{{"welcomed":true,"settings":{{"theme":"dark"}},"journey":{{}},"something_new":[1,2,3]}}}}"#,
        SCHEMA_VERSION + 1
    )
}

const BROKEN: &str = r#"{"schema_version":2,"state":{"settings":{"theme":"#;

fn copies(storage: &SharedStorage) -> Vec<String> {
    set_aside_copies(storage)
        .unwrap()
        .into_iter()
        .map(|c| c.key)
        .collect()
}

// A first start.

#[test]
fn a_first_start_shows_the_default_state_and_says_nothing() {
    let storage = SharedStorage::default();
    let tab = open(&storage);
    assert_eq!(tab.state(), &AppState::default());
    assert_eq!(tab.notice(), None);
}

#[test]
fn a_first_start_writes_nothing_until_the_youngster_acts() {
    let storage = SharedStorage::default();
    let mut tab = open(&storage);
    tab.pick_up(&storage, NOW);
    assert_eq!(storage.writes(), 0);
    assert!(storage.all().is_empty());
}

#[test]
fn the_first_change_saves_the_first_document() {
    let storage = SharedStorage::default();
    let mut tab = open(&storage);
    assert_eq!(tap(&mut tab, &storage, welcome), Outcome::Saved(()));
    assert!(saved(&storage).unwrap().welcomed);
}

// A saved document.

#[test]
fn a_saved_document_opens_as_it_was() {
    let storage = saved_with(dark);
    let tab = open(&storage);
    assert_eq!(tab.state().settings.theme, Theme::Dark);
    assert_eq!(tab.notice(), None);
    assert_eq!(storage.writes(), 0);
}

#[test]
fn an_older_schema_opens_migrated_and_is_rewritten_only_on_a_change() {
    let storage = SharedStorage::default();
    let old = r#"{"schema_version":1,"state":{"welcomed":true,"settings":{"theme":"dark"}}}"#;
    storage.put(STORAGE_KEY, old);
    let mut tab = open(&storage);
    assert!(tab.state().welcomed);
    assert_eq!(storage.raw(STORAGE_KEY).as_deref(), Some(old));
    tap(&mut tab, &storage, english);
    let text = storage.raw(STORAGE_KEY).unwrap();
    assert!(text.starts_with(&format!(r#"{{"schema_version":{SCHEMA_VERSION},"#)));
    let state = saved(&storage).unwrap();
    assert!(state.welcomed && state.settings.theme == Theme::Dark);
}

#[test]
fn a_change_that_changes_nothing_writes_nothing() {
    let storage = saved_with(dark);
    let mut tab = open(&storage);
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::Saved(()));
    assert_eq!(storage.writes(), 0);
}

#[test]
fn a_refused_change_changes_nothing_and_writes_nothing() {
    let storage = saved_with(dark);
    let mut tab = open(&storage);
    let outcome = tab.change(&storage, NOW, |s| {
        s.welcomed = true;
        Err::<(), _>("does not fit")
    });
    assert_eq!(outcome, Outcome::Refused("does not fit"));
    assert!(!tab.state().welcomed);
    assert_eq!(storage.writes(), 0);
}

#[test]
fn a_change_returns_what_the_change_returned() {
    let storage = SharedStorage::default();
    let mut tab = open(&storage);
    let outcome = tab.change(&storage, NOW, |_| Ok::<_, Infallible>(42));
    assert_eq!(outcome.made(), Some(Ok(42)));
}

// Two tabs.

#[test]
fn a_change_in_one_tab_is_picked_up_by_the_other() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    tap(&mut first, &storage, english);
    assert!(second.pick_up(&storage, NOW));
    assert_eq!(second.state().settings.language, Some(Language::En));
}

#[test]
fn a_tab_that_missed_the_other_tabs_change_keeps_it_when_it_writes() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    tap(&mut first, &storage, english);
    // No `storage` event reached the second tab: it reads before it writes.
    tap(&mut second, &storage, dark);
    let state = saved(&storage).unwrap();
    assert_eq!(state.settings.language, Some(Language::En));
    assert_eq!(state.settings.theme, Theme::Dark);
    assert_eq!(second.state(), &state);
}

#[test]
fn picking_up_the_tabs_own_write_changes_nothing() {
    let storage = SharedStorage::default();
    let mut tab = open(&storage);
    tap(&mut tab, &storage, dark);
    assert!(!tab.pick_up(&storage, NOW));
    assert_eq!(tab.notice(), None);
}

#[test]
fn a_refused_change_still_takes_the_other_tabs_state() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    tap(&mut first, &storage, english);
    let outcome = second.change(&storage, NOW, |_| Err::<(), _>("no"));
    assert_eq!(outcome, Outcome::Refused("no"));
    assert_eq!(second.state().settings.language, Some(Language::En));
}

#[test]
fn a_first_start_tab_takes_the_document_another_tab_started() {
    let storage = SharedStorage::default();
    let mut first = open(&storage);
    let mut second = open(&storage);
    tap(&mut first, &storage, welcome);
    tap(&mut second, &storage, dark);
    let state = saved(&storage).unwrap();
    assert!(state.welcomed);
    assert_eq!(state.settings.theme, Theme::Dark);
}

// Delete everything.

#[test]
fn after_a_delete_in_another_tab_a_change_here_does_not_bring_the_data_back() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    let outcome = tap(&mut first, &storage, dark);
    assert_eq!(outcome, Outcome::NotMade(NotMade::DeletedElsewhere));
    assert_eq!(storage.raw(STORAGE_KEY), None);
}

#[test]
fn after_a_delete_in_another_tab_this_tab_starts_afresh_and_says_so() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    tap(&mut first, &storage, dark);
    assert_eq!(first.state(), &AppState::default());
    assert_eq!(first.notice(), Some(&Notice::DeletedElsewhere));
}

#[test]
fn a_delete_noticed_through_the_storage_event_shows_a_first_start() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    assert!(first.pick_up(&storage, NOW));
    assert_eq!(first.state(), &AppState::default());
    assert_eq!(first.notice(), Some(&Notice::DeletedElsewhere));
    assert_eq!(storage.raw(STORAGE_KEY), None);
}

#[test]
fn after_starting_afresh_the_next_change_starts_a_new_document_without_the_old_data() {
    let storage = saved_with(|s| {
        welcome(s);
        english(s);
    });
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    first.pick_up(&storage, NOW);
    tap(&mut first, &storage, dark);
    let state = saved(&storage).unwrap();
    assert_eq!(state.settings.theme, Theme::Dark);
    assert!(!state.welcomed);
    assert_eq!(state.settings.language, None);
}

#[test]
fn a_new_start_in_the_deleting_tab_is_taken_by_the_other_tab() {
    let storage = saved_with(english);
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    tap(&mut second, &storage, welcome);
    // The first tab missed both events: it finds a new document, not an absent one.
    tap(&mut first, &storage, dark);
    let state = saved(&storage).unwrap();
    assert!(state.welcomed);
    assert_eq!(state.settings.theme, Theme::Dark);
    assert_eq!(state.settings.language, None);
}

#[test]
fn the_tab_that_deleted_starts_afresh_without_a_notice() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    tab.delete_everything(&storage).unwrap();
    assert_eq!(tab.state(), &AppState::default());
    assert_eq!(tab.notice(), None);
    assert!(!tab.pick_up(&storage, NOW));
}

#[test]
fn delete_everything_removes_the_document_and_counts_the_set_aside_copies() {
    let storage = saved_with(welcome);
    storage.put(&format!("{SET_ASIDE_KEY_PREFIX}1"), "a");
    storage.put(&format!("{SET_ASIDE_KEY_PREFIX}2"), "b");
    let mut tab = open(&storage);
    assert_eq!(tab.delete_everything(&storage), Ok(2));
    assert_eq!(storage.raw(STORAGE_KEY), None);
    assert!(copies(&storage).is_empty());
}

#[test]
fn delete_everything_leaves_keys_that_are_not_the_youngsters_data() {
    let storage = saved_with(welcome);
    storage.put("start-to-can.offline-ready-told", "1");
    storage.put("another-app", "x");
    let mut tab = open(&storage);
    assert_eq!(tab.delete_everything(&storage), Ok(0));
    assert_eq!(
        storage.all().into_keys().collect::<Vec<_>>(),
        ["another-app", "start-to-can.offline-ready-told"]
    );
}

#[test]
fn a_failed_delete_keeps_the_state() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    storage.refuse_everything();
    assert!(tab.delete_everything(&storage).is_err());
    assert!(tab.state().welcomed);
}

// A newer app.

#[test]
fn a_newer_document_at_the_start_is_neither_set_aside_nor_written() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, &newer_document());
    let tab = open(&storage);
    assert_eq!(tab.notice(), Some(&Notice::NewerVersion));
    assert!(copies(&storage).is_empty());
    assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
}

#[test]
fn a_change_over_a_newer_document_is_not_made_and_the_document_stays_byte_for_byte() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, &newer_document());
    let mut tab = open(&storage);
    assert_eq!(
        tap(&mut tab, &storage, dark),
        Outcome::NotMade(NotMade::NewerVersion)
    );
    assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
    assert_eq!(storage.writes(), 0);
    assert_eq!(tab.state(), &AppState::default());
}

#[test]
fn an_older_tab_hears_of_the_newer_version_when_the_newer_app_saves() {
    let storage = saved_with(english);
    let mut older = open(&storage);
    storage.put(STORAGE_KEY, &newer_document());
    assert!(!older.pick_up(&storage, NOW));
    assert_eq!(older.notice(), Some(&Notice::NewerVersion));
    // It keeps showing what it had, and never writes it back.
    assert_eq!(older.state().settings.language, Some(Language::En));
    tap(&mut older, &storage, welcome);
    assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
}

#[test]
fn every_open_tab_tells_about_the_newer_version() {
    let storage = saved_with(welcome);
    let mut tabs = [open(&storage), open(&storage), open(&storage)];
    storage.put(STORAGE_KEY, &newer_document());
    for tab in &mut tabs {
        tab.pick_up(&storage, NOW);
        assert_eq!(tab.notice(), Some(&Notice::NewerVersion));
    }
}

#[test]
fn a_tab_that_missed_the_newer_save_still_does_not_write_over_it() {
    let storage = saved_with(welcome);
    let mut older = open(&storage);
    storage.put(STORAGE_KEY, &newer_document());
    assert_eq!(
        tap(&mut older, &storage, dark),
        Outcome::NotMade(NotMade::NewerVersion)
    );
    assert_eq!(older.notice(), Some(&Notice::NewerVersion));
    assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
}

#[test]
fn the_newer_version_notice_comes_back_after_it_was_closed() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, &newer_document());
    let mut tab = open(&storage);
    tab.dismiss_notice();
    tap(&mut tab, &storage, dark);
    assert_eq!(tab.notice(), Some(&Notice::NewerVersion));
}

#[test]
fn when_the_newer_app_deletes_everything_the_older_tab_may_write_again() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, &newer_document());
    let mut tab = open(&storage);
    storage.remove(STORAGE_KEY).unwrap();
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::Saved(()));
    assert_eq!(tab.notice(), None);
    assert_eq!(saved(&storage).unwrap().settings.theme, Theme::Dark);
}

#[test]
fn an_older_tab_with_data_starts_afresh_when_the_newer_app_deletes_everything() {
    let storage = saved_with(english);
    let mut older = open(&storage);
    storage.put(STORAGE_KEY, &newer_document());
    older.pick_up(&storage, NOW);
    storage.remove(STORAGE_KEY).unwrap();
    older.pick_up(&storage, NOW);
    assert_eq!(older.state(), &AppState::default());
    assert_eq!(older.notice(), Some(&Notice::DeletedElsewhere));
    assert_eq!(storage.raw(STORAGE_KEY), None);
}

#[test]
fn a_background_change_over_a_newer_document_writes_nothing() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    storage.put(STORAGE_KEY, &newer_document());
    let outcome = tab.change_in_background(&storage, NOW, |s| {
        dark(s);
        Ok::<_, Infallible>(())
    });
    assert_eq!(outcome, Outcome::NotMade(NotMade::NewerVersion));
    assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
}

// Unreadable data.

#[test]
fn unreadable_data_is_set_aside_and_the_youngster_told() {
    for unreadable in [
        BROKEN,
        "not json at all",
        r#"{"schema_version":0,"state":{}}"#,
        r#"{"schema_version":1,"state":[1,2]}"#,
    ] {
        let storage = SharedStorage::default();
        storage.put(STORAGE_KEY, unreadable);
        let tab = open(&storage);
        let key = format!("{SET_ASIDE_KEY_PREFIX}{NOW}");
        assert_eq!(
            tab.notice(),
            Some(&Notice::SetAside { key: key.clone() }),
            "{unreadable}"
        );
        assert_eq!(storage.raw(&key).as_deref(), Some(unreadable));
        assert_eq!(storage.raw(STORAGE_KEY), None);
        assert_eq!(tab.state(), &AppState::default());
    }
}

#[test]
fn the_same_unreadable_data_is_set_aside_only_once() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    let first = open(&storage);
    // Found again (say the main key could not be cleared), a little later, by another tab.
    storage.put(STORAGE_KEY, BROKEN);
    let second = DocumentKeeper::open(&storage, NOW + 5_000);
    assert_eq!(copies(&storage).len(), 1);
    assert_eq!(first.notice(), second.notice());
}

#[test]
fn different_unreadable_data_in_the_same_millisecond_gets_its_own_copy() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    open(&storage);
    storage.put(STORAGE_KEY, "garbage");
    let tab = open(&storage);
    assert_eq!(copies(&storage).len(), 2);
    let Some(Notice::SetAside { key }) = tab.notice() else {
        panic!("expected a set-aside notice");
    };
    assert_eq!(storage.raw(key).as_deref(), Some("garbage"));
}

#[test]
fn after_setting_aside_the_next_change_saves_a_fresh_document_and_keeps_the_copy() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    let mut tab = open(&storage);
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::Saved(()));
    assert_eq!(saved(&storage).unwrap().settings.theme, Theme::Dark);
    assert_eq!(copies(&storage).len(), 1);
}

#[test]
fn unreadable_data_written_while_a_tab_runs_is_set_aside_before_the_tab_writes() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    storage.put(STORAGE_KEY, BROKEN);
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::Saved(()));
    let [key] = copies(&storage).try_into().unwrap();
    assert_eq!(storage.raw(&key).as_deref(), Some(BROKEN));
    assert_eq!(tab.notice(), Some(&Notice::SetAside { key }));
    // The tab's own state, with the change, is the document now.
    let state = saved(&storage).unwrap();
    assert!(state.welcomed);
    assert_eq!(state.settings.theme, Theme::Dark);
}

#[test]
fn unreadable_data_that_cannot_be_copied_is_never_overwritten() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    storage.fill_up();
    let mut tab = open(&storage);
    assert_eq!(tab.notice(), Some(&Notice::UnreadableAndStuck));
    storage.free_space();
    // Room again, but the data is still not copied: the change stays on screen only.
    storage.refuse_everything();
    let _ = tap(&mut tab, &storage, dark);
    assert_eq!(storage.raw(STORAGE_KEY).as_deref(), Some(BROKEN));
}

#[test]
fn stuck_data_is_set_aside_as_soon_as_there_is_room_and_then_the_change_is_saved() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    storage.fill_up();
    let mut tab = open(&storage);
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::NotSaved(()));
    assert_eq!(storage.raw(STORAGE_KEY).as_deref(), Some(BROKEN));
    assert_eq!(tab.state().settings.theme, Theme::Dark);
    storage.free_space();
    assert_eq!(tap(&mut tab, &storage, english), Outcome::Saved(()));
    assert_eq!(copies(&storage).len(), 1);
    let state = saved(&storage).unwrap();
    assert_eq!(state.settings.theme, Theme::Dark);
    assert_eq!(state.settings.language, Some(Language::En));
}

// Set-aside copies.

#[test]
fn set_aside_copies_are_listed_oldest_first_with_their_time() {
    let storage = SharedStorage::default();
    storage.put(&format!("{SET_ASIDE_KEY_PREFIX}300"), "c");
    storage.put(&format!("{SET_ASIDE_KEY_PREFIX}20"), "b");
    storage.put(&format!("{SET_ASIDE_KEY_PREFIX}20-1"), "b2");
    storage.put(STORAGE_KEY, "{}");
    let listed = set_aside_copies(&storage).unwrap();
    let times: Vec<_> = listed.iter().map(|c| c.set_aside_at_millis).collect();
    assert_eq!(times, [Some(20), Some(20), Some(300)]);
    assert_eq!(listed[1].key, format!("{SET_ASIDE_KEY_PREFIX}20-1"));
}

#[test]
fn a_set_aside_copy_can_be_read_and_removed() {
    let storage = SharedStorage::default();
    storage.put(STORAGE_KEY, BROKEN);
    let tab = open(&storage);
    let Some(Notice::SetAside { key }) = tab.notice() else {
        panic!("expected a set-aside notice");
    };
    assert_eq!(read_copy(&storage, key).unwrap().as_deref(), Some(BROKEN));
    remove_copy(&storage, key).unwrap();
    assert_eq!(read_copy(&storage, key).unwrap(), None);
    assert!(copies(&storage).is_empty());
}

#[test]
fn only_set_aside_copies_can_be_read_or_removed_as_copies() {
    let storage = saved_with(welcome);
    assert_eq!(read_copy(&storage, STORAGE_KEY).unwrap(), None);
    remove_copy(&storage, STORAGE_KEY).unwrap();
    assert!(storage.raw(STORAGE_KEY).is_some());
}

// A full phone, and no storage at all.

#[test]
fn a_failed_save_keeps_the_last_good_copy_and_says_so() {
    let storage = saved_with(welcome);
    let before = storage.raw(STORAGE_KEY);
    let mut tab = open(&storage);
    storage.fill_up();
    assert_eq!(tap(&mut tab, &storage, english), Outcome::NotSaved(()));
    assert_eq!(storage.raw(STORAGE_KEY), before);
    assert_eq!(tab.notice(), Some(&Notice::SaveFailed));
    assert_eq!(tab.state().settings.language, Some(Language::En));
}

#[test]
fn the_next_save_after_a_failed_one_carries_both_changes_once_there_is_room() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    storage.fill_up();
    tap(&mut tab, &storage, english);
    storage.free_space();
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::Saved(()));
    let state = saved(&storage).unwrap();
    assert_eq!(state.settings.language, Some(Language::En));
    assert_eq!(state.settings.theme, Theme::Dark);
    assert_eq!(tab.notice(), None);
}

#[test]
fn after_a_failed_save_another_tabs_saved_change_wins() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    storage.fill_up();
    tap(&mut first, &storage, english);
    storage.free_space();
    tap(&mut second, &storage, dark);
    // What is saved is the truth: the first tab takes it, its own unsaved change is gone.
    assert!(first.pick_up(&storage, NOW));
    assert_eq!(first.state(), &saved(&storage).unwrap());
    assert_eq!(first.state().settings.language, None);
}

#[test]
fn after_a_failed_save_a_delete_in_another_tab_still_wins() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    storage.fill_up();
    tap(&mut first, &storage, english);
    second.delete_everything(&storage).unwrap();
    storage.free_space();
    assert_eq!(
        tap(&mut first, &storage, dark),
        Outcome::NotMade(NotMade::DeletedElsewhere)
    );
    assert_eq!(storage.raw(STORAGE_KEY), None);
}

#[test]
fn without_storage_the_app_works_in_memory_and_says_so() {
    let storage = SharedStorage::default();
    storage.refuse_everything();
    let mut tab = open(&storage);
    assert_eq!(tab.notice(), Some(&Notice::Unavailable));
    assert_eq!(tap(&mut tab, &storage, dark), Outcome::NotSaved(()));
    assert_eq!(tab.state().settings.theme, Theme::Dark);
    assert_eq!(tab.notice(), Some(&Notice::Unavailable));
}

// Changes the youngster did not tap for.

#[test]
fn a_background_change_on_a_first_start_writes_nothing() {
    let storage = SharedStorage::default();
    let mut tab = open(&storage);
    let outcome = tab.change_in_background(&storage, NOW, |s| {
        dark(s);
        Ok::<_, Infallible>(())
    });
    assert_eq!(outcome, Outcome::NotMade(NotMade::NothingSaved));
    assert_eq!(storage.writes(), 0);
    assert_eq!(tab.state(), &AppState::default());
}

#[test]
fn a_background_change_on_a_saved_document_is_saved_on_top_of_the_other_tabs_change() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    tap(&mut first, &storage, english);
    let outcome = second.change_in_background(&storage, NOW, |s| {
        dark(s);
        Ok::<_, Infallible>(())
    });
    assert_eq!(outcome, Outcome::Saved(()));
    let state = saved(&storage).unwrap();
    assert_eq!(state.settings.language, Some(Language::En));
    assert_eq!(state.settings.theme, Theme::Dark);
}

#[test]
fn a_background_change_after_a_delete_elsewhere_writes_nothing() {
    let storage = saved_with(welcome);
    let mut first = open(&storage);
    let mut second = open(&storage);
    second.delete_everything(&storage).unwrap();
    let outcome = first.change_in_background(&storage, NOW, |s| {
        dark(s);
        Ok::<_, Infallible>(())
    });
    assert_eq!(outcome, Outcome::NotMade(NotMade::DeletedElsewhere));
    assert!(storage.all().is_empty());
}

#[test]
fn a_background_change_never_changes_only_the_screen() {
    let storage = saved_with(welcome);
    let mut tab = open(&storage);
    storage.refuse_everything();
    let outcome = tab.change_in_background(&storage, NOW, |s| {
        dark(s);
        Ok::<_, Infallible>(())
    });
    assert_eq!(outcome, Outcome::NotMade(NotMade::NothingSaved));
    assert_eq!(tab.state().settings.theme, Theme::System);
}

// Any mix of tabs, a newer app and a full phone.

#[derive(Clone, Debug)]
enum Step {
    Tap { tab: usize, theme: Theme },
    Background { tab: usize },
    PickUp { tab: usize },
    Delete { tab: usize },
    NewerAppSaves,
    FillUp,
    FreeSpace,
}

fn any_step() -> impl Strategy<Value = Step> {
    let tab = 0..2usize;
    let theme = prop_oneof![Just(Theme::Light), Just(Theme::Dark), Just(Theme::System)];
    prop_oneof![
        4 => (tab.clone(), theme).prop_map(|(tab, theme)| Step::Tap { tab, theme }),
        2 => tab.clone().prop_map(|tab| Step::Background { tab }),
        2 => tab.clone().prop_map(|tab| Step::PickUp { tab }),
        1 => tab.prop_map(|tab| Step::Delete { tab }),
        1 => Just(Step::NewerAppSaves),
        1 => Just(Step::FillUp),
        1 => Just(Step::FreeSpace),
    ]
}

proptest! {
    /// Whatever the order: a newer app's document is only ever replaced by a delete, a failed
    /// save leaves the saved text as it was, and picking up another tab's change writes nothing.
    #[test]
    fn no_mix_of_tabs_writes_over_a_newer_document_or_a_good_copy(steps in prop::collection::vec(any_step(), 1..30)) {
        let storage = SharedStorage::default();
        let mut tabs = [open(&storage), open(&storage)];
        for step in steps {
            let before = storage.raw(STORAGE_KEY);
            let newer_before = before.as_deref() == Some(newer_document().as_str());
            let writes_before = storage.writes();
            let mut deleted = false;
            match step {
                Step::Tap { tab, theme } => {
                    let outcome = tap(&mut tabs[tab], &storage, |s| s.settings.theme = theme);
                    if matches!(outcome, Outcome::NotSaved(())) {
                        prop_assert_eq!(storage.raw(STORAGE_KEY), before.clone());
                    }
                }
                Step::Background { tab } => {
                    let _ = tabs[tab].change_in_background(&storage, NOW, |s| {
                        s.welcomed = !s.welcomed;
                        Ok::<_, Infallible>(())
                    });
                }
                Step::PickUp { tab } => {
                    tabs[tab].pick_up(&storage, NOW);
                    prop_assert_eq!(storage.writes(), writes_before);
                }
                Step::Delete { tab } => {
                    deleted = tabs[tab].delete_everything(&storage).is_ok();
                }
                Step::NewerAppSaves => storage.put(STORAGE_KEY, &newer_document()),
                Step::FillUp => storage.fill_up(),
                Step::FreeSpace => storage.free_space(),
            }
            if newer_before && !deleted {
                prop_assert_eq!(storage.raw(STORAGE_KEY), Some(newer_document()));
            }
        }
    }
}
