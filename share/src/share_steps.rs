//! The steps of `/share` after the coach is known: what to share, the preview of exactly what
//! the coach will see (the overview sheet the coach's app draws, not editable), and consent.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::IslandId;
use stc_core::share::{CoachMailbox, Scope};

use crate::share::{Flow, Step};
use start_to_can::components::island_art::island_name;
use start_to_can::components::summary::SummaryView;
use start_to_can::content;
use start_to_can::i18n::*;
use start_to_can::platform::browser;
use start_to_can::state::share::{consent, summary_now};
use start_to_can::state::use_store;

/// A tick of the scope apart from the islands ("Ook mijn antwoorden zelf"), with its help line.
fn scope_tick(
    flow: Flow,
    name: &'static str,
    get: fn(&Scope) -> bool,
    set: fn(&mut Scope, bool),
    label: AnyView,
    help: AnyView,
) -> impl IntoView {
    let help_id = format!("{name}-help");
    view! {
        <div class=format!("checks share-{name}")>
            <label class="tile">
                <input
                    type="checkbox"
                    name=name
                    aria-describedby=help_id.clone()
                    prop:checked=move || flow.scope.with(get)
                    on:change=move |_| flow.scope.update(|s| set(s, !get(s)))
                />
                <span>{label}</span>
            </label>
            <p id=help_id class="help">{help}</p>
        </div>
    }
}

/// "Wat wil je delen?": the islands the youngster started (all ticked at first) and, apart,
/// the answers themselves (not ticked at first).
#[component]
pub fn ChooseStep(flow: Flow, coach: CoachMailbox) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let started: Vec<IslandId> = {
        let pack = content::pack(store.language().get_untracked());
        store
            .state()
            .with_untracked(|s| stc_core::share::Scope::of_started(pack, &s.journey))
            .islands
            .into_iter()
            .collect()
    };
    if started.is_empty() {
        return view! {
            <h1>{t!(i18n, share.choose_title)}</h1>
            <p class="empty-state">{t!(i18n, share.nothing_yet)}</p>
            <A href="/map" attr:class="button primary wide">{t!(i18n, share.to_map)}</A>
        }
        .into_any();
    }
    let offered = started.clone();
    let nothing_chosen = RwSignal::new(false);
    let toggle = move |island: IslandId| {
        flow.scope.update(|scope| {
            if !scope.islands.remove(&island) {
                scope.islands.insert(island);
            }
        });
        nothing_chosen.set(false);
    };
    let to_preview = {
        let coach = coach.clone();
        move |_| {
            // Only islands offered here are shared: never one started after this choice.
            flow.scope
                .update(|s| s.islands.retain(|i| started.contains(i)));
            if flow.scope.with_untracked(|s| s.islands.is_empty()) {
                nothing_chosen.set(true);
                return;
            }
            let pack = content::pack(store.language().get_untracked());
            let scope = flow.scope.get_untracked();
            flow.summary.set(Some(summary_now(pack, store, &scope)));
            flow.go(Step::Preview(coach.clone()));
        }
    };
    view! {
        <h1>{t!(i18n, share.choose_title)}</h1>
        <p>{t!(i18n, share.choose_help)}</p>
        <fieldset class="checks">
            <legend>{t!(i18n, share.choose_islands)}</legend>
            {offered
                .into_iter()
                .map(|island| view! {
                    <label class="tile">
                        <input
                            type="checkbox"
                            name="island"
                            value=island.as_str()
                            prop:checked=move || flow.scope.with(|s| s.includes(island))
                            on:change=move |_| toggle(island)
                        />
                        <span>{move || island_name(i18n, island)}</span>
                    </label>
                })
                .collect_view()}
        </fieldset>
        <p class="error" role="alert">
            {move || nothing_chosen.get().then(|| t_string!(i18n, share.nothing_chosen))}
        </p>
        {scope_tick(flow, "answers", |s| s.answers, |s, on| s.answers = on, t!(i18n, share.answers).into_any(), t!(i18n, share.answers_help).into_any())}
        {scope_tick(flow, "others", |s| s.others, |s, on| s.others = on, t!(i18n, share.others).into_any(), t!(i18n, share.others_help).into_any())}
        <div class="step-buttons">
            <button type="button" class="button" on:click=move |_| flow.go(Step::Code)>
                {t!(i18n, share.back)}
            </button>
            <button type="button" class="button primary" on:click=to_preview>
                {t!(i18n, share.to_preview)}
            </button>
        </div>
    }
    .into_any()
}

/// "Dit ziet je coach": the summary drawn as the coach's app draws it.
#[component]
pub fn PreviewStep(flow: Flow, coach: CoachMailbox) -> impl IntoView {
    let i18n = use_i18n();
    let Some(summary) = flow.summary.get_untracked() else {
        flow.go(Step::Choose(coach));
        return ().into_any();
    };
    let help = t_string!(i18n, share.preview_help).replace("{name}", &coach.name);
    view! {
        <h1>{t!(i18n, share.preview_title)}</h1>
        <p class="help">{help}</p>
        <div class="preview-frame">
            <SummaryView summary=summary date=browser::today() />
        </div>
        <div class="step-buttons">
            <button type="button" class="button" on:click={
                let coach = coach.clone();
                move |_| flow.go(Step::Choose(coach.clone()))
            }>
                {t!(i18n, share.back)}
            </button>
            <button type="button" class="button primary" on:click=move |_| flow.go(Step::Consent(coach.clone()))>
                {t!(i18n, share.next)}
            </button>
        </div>
    }
    .into_any()
}

/// Consent in easy words: what, to whom, how long, how to stop.
#[component]
pub fn ConsentStep(flow: Flow, coach: CoachMailbox) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let Some(summary) = flow.summary.get_untracked() else {
        flow.go(Step::Choose(coach));
        return ().into_any();
    };
    let name = coach.name.clone();
    let islands = summary
        .islands
        .iter()
        .map(|i| island_name(i18n, i.island))
        .collect::<Vec<_>>()
        .join(", ");
    let with_answers = !summary.answers.is_empty();
    let failed = RwSignal::new(false);
    let yes = move |_| {
        let scope = flow.scope.get_untracked();
        match consent(store, coach.clone(), scope, &summary) {
            Some(()) => {
                flow.summary.set(None);
                flow.go(Step::Shares);
            }
            None => failed.set(true),
        }
    };
    view! {
        <h1>{t_string!(i18n, share.consent_title).replace("{name}", &name)}</h1>
        <ul class="consent-list">
            <li>
                {t_string!(i18n, share.consent_what).replace("{islands}", &islands)}
                {with_answers.then(|| format!(" {}", t_string!(i18n, share.consent_answers)))}
            </li>
            <li>{t_string!(i18n, share.consent_who).replace("{name}", &name)}</li>
            <li>{t!(i18n, share.consent_how_long)}</li>
            <li>{t!(i18n, share.consent_stop)}</li>
        </ul>
        <p class="error" role="alert">{move || failed.get().then(|| t_string!(i18n, share.failed))}</p>
        <div class="step-buttons">
            <button type="button" class="button" on:click=move |_| flow.go(Step::Shares)>
                {t!(i18n, share.consent_no)}
            </button>
            <button type="button" class="button primary" on:click=yes>
                {t!(i18n, share.consent_yes)}
            </button>
        </div>
    }
    .into_any()
}
