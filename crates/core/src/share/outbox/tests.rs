use super::*;
use crate::journey::testing::sample_pack;
use crate::journey::{Answer, Journey};
use crate::share::build_summary;

const TODAY: &str = "2026-11-23";

fn coach(code: &str) -> CoachMailbox {
    CoachMailbox {
        code: code.into(),
        name: "Sanne".into(),
        public_key: "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=".into(),
    }
}

fn summary(now_score: u8) -> Summary {
    let pack = sample_pack();
    let mut journey = Journey::default();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    journey
        .answer(
            &pack,
            "wonen_nu",
            "q_nu",
            Answer::Scale { value: now_score },
            today,
        )
        .unwrap();
    build_summary(&pack, &journey, &Scope::default(), "2026-11-23T10:00:00Z")
}

fn item(n: u8) -> (String, String) {
    (
        format!("item-{n}"),
        format!("secret-{n}-0123456789abcdefgh"),
    )
}

fn answered(status: u16) -> TryResult {
    TryResult::Answered {
        status,
        expires_at: Some("2027-05-22T10:00:00Z".into()),
    }
}

/// Sharing with one coach, consented at 1000 ms.
fn consented() -> (Sharing, String) {
    let mut sharing = Sharing::default();
    let id = sharing.consent(
        coach("ACDE-FG34"),
        Scope::default(),
        &summary(3),
        item(1),
        1_000,
    );
    (sharing, id)
}

fn send_of(summary: &Summary) -> Attempt {
    Attempt::Send {
        fingerprint: summary.fingerprint(),
    }
}

#[test]
fn a_consent_waits_in_the_outbox_and_is_due_at_once() {
    let (sharing, id) = consented();
    assert_eq!(id, "item-1");
    let share = sharing.share(&id).unwrap();
    assert_eq!(share.sent, None);
    assert_eq!(
        share.status(&summary(3).fingerprint(), TODAY),
        ShareStatus::Sending {
            update: false,
            problem: None
        }
    );
    let due = sharing.due(1_000);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].item_secret, "secret-1-0123456789abcdefgh");
    match &due[0].what {
        DueAction::Send {
            summary: json,
            fingerprint,
        } => {
            assert_eq!(Summary::from_json(json).unwrap(), summary(3));
            assert_eq!(*fingerprint, summary(3).fingerprint());
        }
        other => panic!("{other:?}"),
    }
    assert!(sharing.due(999).is_empty(), "not before it was queued");
}

#[test]
fn a_send_the_server_took_is_what_the_coach_has_until_the_answers_change() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    let share = sharing.share(&id).unwrap();
    assert_eq!(share.outbox, None);
    assert_eq!(
        share.sent,
        Some(Sent {
            fingerprint: summary(3).fingerprint(),
            at: 2_000,
            expires_at: Some("2027-05-22T10:00:00Z".into()),
        })
    );
    assert_eq!(
        share.expires_on(),
        chrono::NaiveDate::from_ymd_opt(2027, 5, 22)
    );
    assert_eq!(
        share.status(&summary(3).fingerprint(), TODAY),
        ShareStatus::UpToDate
    );
    assert_eq!(
        share.status(&summary(7).fingerprint(), TODAY),
        ShareStatus::Older
    );
    assert!(sharing.due(u64::MAX).is_empty());
    assert_eq!(sharing.next_try_at(), None);
}

#[test]
fn offline_a_send_waits_and_is_tried_again_later_and_at_once_when_online() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &TryResult::NoConnection, 2_000);
    let share = sharing.share(&id).unwrap();
    assert_eq!(
        share.status(&summary(3).fingerprint(), TODAY),
        ShareStatus::Sending {
            update: false,
            problem: Some(Problem::Offline)
        }
    );
    assert!(sharing.due(2_000).is_empty());
    assert_eq!(sharing.next_try_at(), Some(2_000 + retry_delay(1)));
    assert_eq!(sharing.due(2_000 + retry_delay(1)).len(), 1);
    sharing.retry_now();
    assert_eq!(sharing.due(3_000).len(), 1, "the phone came online");
}

#[test]
fn retries_wait_longer_each_time_up_to_half_a_minute() {
    let delays: Vec<u64> = (1..=6).map(retry_delay).collect();
    assert_eq!(delays, [5_000, 10_000, 20_000, 30_000, 30_000, 30_000]);
    assert_eq!(retry_delay(u32::MAX), 30_000);
}

#[test]
fn a_busy_server_or_a_full_mailbox_is_tried_again_but_a_gone_coach_is_not() {
    for (status, problem, again) in [
        (503, Problem::ServerBusy, true),
        (500, Problem::ServerBusy, true),
        (429, Problem::ServerBusy, true),
        (409, Problem::MailboxFull, true),
        (404, Problem::CoachGone, false),
        (403, Problem::Refused, false),
        (400, Problem::Refused, false),
        (413, Problem::Refused, false),
    ] {
        let (mut sharing, id) = consented();
        sharing.finish(&id, &send_of(&summary(3)), &answered(status), 2_000);
        let status_now = sharing
            .share(&id)
            .unwrap()
            .status(&summary(3).fingerprint(), TODAY);
        if again {
            assert_eq!(
                status_now,
                ShareStatus::Sending {
                    update: false,
                    problem: Some(problem)
                },
                "{status}"
            );
            assert!(sharing.next_try_at().is_some(), "{status}");
        } else {
            assert_eq!(status_now, ShareStatus::Failed(problem), "{status}");
            assert_eq!(sharing.next_try_at(), None, "{status}");
            sharing.retry_now();
            assert!(sharing.due(u64::MAX).is_empty(), "{status}");
        }
    }
}

#[test]
fn a_summary_too_long_to_seal_is_not_tried_again() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &TryResult::TooLong, 2_000);
    assert_eq!(
        sharing.share(&id).unwrap().status("", TODAY),
        ShareStatus::Failed(Problem::TooLong)
    );
}

#[test]
fn an_update_replaces_what_waits_and_says_it_is_an_update() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    assert!(sharing.update(&id, &summary(7), 3_000));
    let share = sharing.share(&id).unwrap();
    assert_eq!(
        share.status(&summary(7).fingerprint(), TODAY),
        ShareStatus::Sending {
            update: true,
            problem: None
        }
    );
    sharing.finish(&id, &send_of(&summary(7)), &answered(200), 4_000);
    let share = sharing.share(&id).unwrap();
    assert_eq!(
        share.status(&summary(7).fingerprint(), TODAY),
        ShareStatus::UpToDate
    );
    assert_eq!(
        share.item_id, "item-1",
        "the coach's copy is replaced, not added to"
    );
}

#[test]
fn the_answer_to_an_older_send_leaves_a_newer_update_waiting() {
    let (mut sharing, id) = consented();
    // The first send is on its way when the youngster changes an answer and taps "update".
    assert!(sharing.update(&id, &summary(7), 1_500));
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    let share = sharing.share(&id).unwrap();
    assert_eq!(
        share.sent.as_ref().unwrap().fingerprint,
        summary(3).fingerprint()
    );
    assert_eq!(
        share.status(&summary(7).fingerprint(), TODAY),
        ShareStatus::Sending {
            update: true,
            problem: None
        }
    );
    // A failure of the older send does not count against the newer one.
    sharing.finish(&id, &send_of(&summary(3)), &TryResult::NoConnection, 2_100);
    assert_eq!(
        sharing.share(&id).unwrap().outbox.as_ref().unwrap().tries,
        0
    );
}

#[test]
fn stop_sharing_deletes_the_coachs_copy_then_the_share_goes() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    sharing.stop(&id, 3_000);
    assert_eq!(
        sharing.share(&id).unwrap().status("", TODAY),
        ShareStatus::Stopping { problem: None }
    );
    assert!(
        !sharing.update(&id, &summary(7), 3_100),
        "no update while stopping"
    );
    assert_eq!(sharing.due(3_000)[0].what, DueAction::Delete);
    sharing.finish(&id, &Attempt::Delete, &TryResult::NoConnection, 3_200);
    assert_eq!(
        sharing.share(&id).unwrap().status("", TODAY),
        ShareStatus::Stopping {
            problem: Some(Problem::Offline)
        }
    );
    sharing.finish(&id, &Attempt::Delete, &answered(204), 9_000);
    assert!(sharing.is_empty());
}

#[test]
fn stopping_before_anything_went_out_still_deletes_in_case_a_send_was_on_its_way() {
    let (mut sharing, id) = consented();
    sharing.stop(&id, 1_100);
    assert_eq!(sharing.due(1_100)[0].what, DueAction::Delete);
    // The send that was on its way arrives: the delete still waits and goes after it.
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 1_200);
    assert_eq!(sharing.due(1_200)[0].what, DueAction::Delete);
    // Nothing to delete (it never arrived): the share goes all the same.
    sharing.finish(&id, &Attempt::Delete, &answered(404), 1_300);
    assert!(sharing.is_empty());
}

#[test]
fn sharing_again_with_the_same_coach_keeps_one_item_with_the_new_scope() {
    let (mut sharing, id) = consented();
    let narrower = Scope {
        answers: true,
        ..Scope::default()
    };
    let again = sharing.consent(
        coach("ACDE-FG34"),
        narrower.clone(),
        &summary(5),
        item(2),
        5_000,
    );
    assert_eq!(again, id);
    assert_eq!(sharing.shares.len(), 1);
    assert_eq!(sharing.share(&id).unwrap().scope, narrower);
    let other = sharing.consent(
        coach("HJKM-NP34"),
        Scope::default(),
        &summary(5),
        item(3),
        6_000,
    );
    assert_eq!(other, "item-3");
    assert_eq!(sharing.shares.len(), 2);
    assert_eq!(sharing.due(6_000).len(), 2);
}

#[test]
fn a_copy_the_server_no_longer_keeps_has_expired() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    let share = sharing.share(&id).unwrap();
    assert_eq!(
        share.status(&summary(3).fingerprint(), "2027-05-22"),
        ShareStatus::UpToDate
    );
    assert_eq!(
        share.status(&summary(3).fingerprint(), "2027-05-23"),
        ShareStatus::Expired
    );
}

#[test]
fn delete_everything_must_still_delete_every_share_on_the_server() {
    let (mut sharing, _) = consented();
    sharing.consent(
        coach("HJKM-NP34"),
        Scope::default(),
        &summary(5),
        item(3),
        6_000,
    );
    let deletes = sharing.items_to_delete();
    let ids: Vec<&str> = deletes.iter().map(|d| d.item_id.as_str()).collect();
    assert_eq!(ids, ["item-1", "item-3"]);
    assert_eq!(deletes[1].code, "HJKM-NP34");
    assert_eq!(deletes[1].item_secret, "secret-3-0123456789abcdefgh");
}

#[test]
fn a_record_survives_a_round_trip_through_json() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &answered(201), 2_000);
    sharing.update(&id, &summary(4), 3_000);
    let json = serde_json::to_string(&sharing).unwrap();
    assert_eq!(serde_json::from_str::<Sharing>(&json).unwrap(), sharing);
    assert_eq!(
        serde_json::from_str::<Sharing>("{}").unwrap(),
        Sharing::default()
    );
}

#[test]
fn a_result_for_a_share_that_is_gone_changes_nothing() {
    let (mut sharing, _) = consented();
    let before = sharing.clone();
    sharing.finish("no-such-item", &Attempt::Delete, &answered(204), 2_000);
    sharing.stop("no-such-item", 2_000);
    assert!(!sharing.update("no-such-item", &summary(1), 2_000));
    assert_eq!(sharing, before);
}

#[test]
fn the_receipt_of_a_put_names_when_the_copy_expires() {
    let body = r#"{"id":"item-1","updated_at":"2026-11-23T10:00:00Z","expires_at":"2027-05-22T10:00:00Z"}"#;
    assert_eq!(
        receipt_expires_at(body).as_deref(),
        Some("2027-05-22T10:00:00Z")
    );
    assert_eq!(
        receipt_expires_at(r#"{"error":"the mailbox is full"}"#),
        None
    );
    assert_eq!(receipt_expires_at(""), None);
}

#[test]
fn a_key_that_is_not_one_is_not_tried_again() {
    let (mut sharing, id) = consented();
    sharing.finish(&id, &send_of(&summary(3)), &TryResult::BadKey, 2_000);
    assert_eq!(
        sharing.share(&id).unwrap().status("", TODAY),
        ShareStatus::Failed(Problem::Refused)
    );
}

#[test]
fn the_overview_knows_when_the_journey_changed_since_the_coach_had_all_of_it() {
    let pack = sample_pack();
    let mut journey = Journey::default();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    journey
        .answer(&pack, "wonen_nu", "q_nu", Answer::Scale { value: 3 }, today)
        .unwrap();
    let sent = build_summary(&pack, &journey, &Scope::default(), "2026-11-23T10:00:00Z");
    let mut sharing = Sharing::default();
    assert!(!sharing.changed_since_shared(&journey_mark(&journey), TODAY));
    let id = sharing.consent(coach("ACDE-FG34"), Scope::default(), &sent, item(1), 1_000);
    // A share noted before marks says nothing until the share screens note one.
    assert!(!sharing.changed_since_shared("0000000000000000", TODAY));
    assert!(sharing.note_checked(&id, &journey_mark(&journey)));
    assert!(
        !sharing.note_checked(&id, &journey_mark(&journey)),
        "the same mark writes nothing"
    );
    assert!(
        !sharing.changed_since_shared(&journey_mark(&journey), TODAY),
        "still waiting to go"
    );
    sharing.finish(&id, &send_of(&sent), &answered(201), 2_000);
    assert!(!sharing.changed_since_shared(&journey_mark(&journey), TODAY));

    // Where the youngster is in the journey is no change of it.
    let mut moved = journey.clone();
    moved.opened.insert("relaties_nu".into());
    moved.positions.insert("relaties_nu".into(), 2);
    moved.discoveries_seen.insert("tip-1".into());
    assert_eq!(journey_mark(&moved), journey_mark(&journey));
    assert!(!sharing.changed_since_shared(&journey_mark(&moved), TODAY));

    // An answer is.
    journey
        .answer(&pack, "wonen_nu", "q_nu", Answer::Scale { value: 8 }, today)
        .unwrap();
    assert!(sharing.changed_since_shared(&journey_mark(&journey), TODAY));
    // Until the screens note that the coach has it again (an update, or a change outside what
    // is shared).
    sharing.note_checked(&id, &journey_mark(&journey));
    assert!(!sharing.changed_since_shared(&journey_mark(&journey), TODAY));

    // A copy the server no longer keeps is a reason too; a share being stopped is none.
    assert!(sharing.changed_since_shared(&journey_mark(&journey), "2027-06-01"));
    sharing.stop(&id, 3_000);
    assert!(!sharing.changed_since_shared("ffffffffffffffff", "2027-06-01"));
}

#[test]
fn a_mark_noted_for_a_share_survives_a_round_trip_and_old_records_read_without_one() {
    let (mut sharing, id) = consented();
    sharing.note_checked(&id, "0123456789abcdef");
    let json = serde_json::to_string(&sharing).unwrap();
    assert!(json.contains(r#""checked":"0123456789abcdef""#), "{json}");
    assert_eq!(serde_json::from_str::<Sharing>(&json).unwrap(), sharing);
    let (old, _) = consented();
    let old_json = serde_json::to_string(&old).unwrap();
    assert!(!old_json.contains("checked"), "{old_json}");
    assert_eq!(
        serde_json::from_str::<Sharing>(&old_json).unwrap().shares[0].checked,
        None
    );
}
