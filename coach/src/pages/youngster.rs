//! `/coach/youngster/:id`: one youngster's summary, drawn by the same view as the youngster's
//! preview (the overview sheet, not editable, and the answers themselves when shared),
//! printable, with the coach's private notes, kept only on this device.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use stc_core::coach::caseload::date_of;
use stc_i18n::i18n::*;
use stc_ui::summary::SummaryView;

use crate::platform::browser;
use crate::state::{Fetch, use_coach};

/// The summary and the notes.
#[component]
pub fn Youngster() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    // Opened straight from a link or a reload: check once that it is still shared.
    if coach.fetch().get_untracked() == Fetch::NotYet {
        leptos::task::spawn_local(async move { coach.refresh().await });
    }
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let summary = Memo::new(move |_| {
        let id = id.get();
        coach.shared().with(|all| {
            all.iter()
                .find(|s| s.item_id == id)
                .and_then(|s| s.content.as_ref().ok().cloned())
        })
    });
    // Seen now: the list no longer marks it as changed since the coach looked.
    Effect::new(move |_| {
        if summary.with(Option::is_some) {
            coach.mark_seen(&id.get());
        }
    });
    view! {
        <section class="page youngster">
            <A href="/coach/" exact=true attr:class="crumb">{t!(i18n, coach_app.youngster.back)}</A>
            {move || match summary.get() {
                None => view! {
                    <h1>{t!(i18n, coach_app.youngster.gone_title)}</h1>
                    <p class="empty-state">{t!(i18n, coach_app.youngster.gone)}</p>
                }
                .into_any(),
                Some(summary) => {
                    let date = date_of(&summary.made_at).unwrap_or_default();
                    view! {
                        <div class="summary-frame">
                            <SummaryView summary=summary date=date />
                        </div>
                        <button type="button" class="button wide print-button" on:click=move |_| browser::print()>
                            {t!(i18n, coach_app.youngster.print)}
                        </button>
                        <Notes item_id=id.get_untracked() />
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// "Mijn notities": saved as the coach types; a failed save keeps the last saved note.
#[component]
fn Notes(item_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let saved = RwSignal::new(None::<bool>);
    let note = coach.note(item_id.clone());
    let item = StoredValue::new(item_id);
    view! {
        <section class="card notes no-print" aria-labelledby="notes-title">
            <h2 id="notes-title">{t!(i18n, coach_app.youngster.notes)}</h2>
            <p id="notes-help" class="help">{t!(i18n, coach_app.youngster.notes_help)}</p>
            <textarea
                aria-labelledby="notes-title"
                aria-describedby="notes-help"
                rows="5"
                prop:value=move || note.get_untracked()
                on:input=move |event| {
                    let text = event_target_value(&event);
                    saved.set(Some(item.with_value(|id| coach.set_note(id, &text))));
                }
            ></textarea>
            <p class="help" role="status">
                {move || saved.get().map(|ok| if ok {
                    t_string!(i18n, coach_app.youngster.saved)
                } else {
                    t_string!(i18n, coach_app.youngster.save_failed)
                })}
            </p>
        </section>
    }
}
