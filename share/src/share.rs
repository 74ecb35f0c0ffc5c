//! `/share`: "Deel met je coach", one question a screen. The coaches shared with and their
//! status; the coach's code (filled in from `/share?code=…`, the coach's link or QR code) and
//! its look-up, the only request before consent; "Is dit je coach?"; what to share; a preview
//! of exactly what the coach will see; consent in easy words. The steps of choosing live in
//! `share_steps.rs`; the rules in `stc_core::share` and `state::share`.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use stc_core::share::{CoachMailbox, LookupProblem, Scope, Summary};

use crate::share_list::ShareList;
use crate::share_steps::{ChooseStep, ConsentStep, PreviewStep};
use start_to_can::i18n::*;
use start_to_can::platform::browser;
use start_to_can::state::share::look_up_coach;
use start_to_can::state::use_store;

/// Where the youngster is in sharing.
#[derive(Clone, PartialEq)]
pub enum Step {
    /// The coaches shared with (or the way to start).
    Shares,
    Code,
    Confirm(CoachMailbox),
    Choose(CoachMailbox),
    Preview(CoachMailbox),
    Consent(CoachMailbox),
}

/// What the steps share: where the youngster is, the scope chosen and the summary previewed
/// (the one that is sent when they consent).
#[derive(Clone, Copy)]
pub struct Flow {
    pub step: RwSignal<Step>,
    pub scope: RwSignal<Scope>,
    pub summary: RwSignal<Option<Summary>>,
}

impl Flow {
    /// Shows another step: from its top, its heading read out.
    pub fn go(&self, step: Step) {
        self.step.set(step);
        browser::show_from_top("main h1");
    }
}

/// The share screen.
#[component]
pub fn SharePage() -> impl IntoView {
    let store = use_store();
    let code_from_link = use_query_map().with_untracked(|q| q.get("code"));
    let shares_before = store.state().with_untracked(|s| !s.sharing.is_empty());
    let first = if shares_before && code_from_link.is_none() {
        Step::Shares
    } else {
        Step::Code
    };
    let flow = Flow {
        step: RwSignal::new(first),
        scope: RwSignal::new(Scope::default()),
        summary: RwSignal::new(None),
    };
    let code = RwSignal::new(code_from_link.unwrap_or_default());
    view! {
        <section class="page share">
            {move || match flow.step.get() {
                Step::Shares => view! { <ShareList flow /> }.into_any(),
                Step::Code => view! { <CodeStep flow code /> }.into_any(),
                Step::Confirm(coach) => view! { <ConfirmStep flow coach /> }.into_any(),
                Step::Choose(coach) => view! { <ChooseStep flow coach /> }.into_any(),
                Step::Preview(coach) => view! { <PreviewStep flow coach /> }.into_any(),
                Step::Consent(coach) => view! { <ConsentStep flow coach /> }.into_any(),
            }}
        </section>
    }
}

/// "Wat is de code van je coach?" and its look-up.
#[component]
fn CodeStep(flow: Flow, code: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let problem = RwSignal::new(None::<LookupProblem>);
    let busy = RwSignal::new(false);
    let look_up = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let found = look_up_coach(&code.get_untracked()).await;
            busy.set(false);
            match found {
                Ok(coach) => flow.go(Step::Confirm(coach)),
                Err(why) => problem.set(Some(why)),
            }
        });
    };
    let problem_text = move || {
        problem.get().map(|p| match p {
            LookupProblem::NotACode => t_string!(i18n, share.code_bad),
            LookupProblem::Unknown => t_string!(i18n, share.code_unknown),
            LookupProblem::NotACoach => t_string!(i18n, share.not_a_coach),
            LookupProblem::Offline => t_string!(i18n, share.offline),
            LookupProblem::Failed => t_string!(i18n, share.failed),
        })
    };
    let has_shares = move || store.state().with(|s| !s.sharing.is_empty());
    view! {
        <h1>{t!(i18n, share.code_title)}</h1>
        <p class="help">{t!(i18n, share.code_help)}</p>
        <form class="share-code" on:submit=look_up novalidate>
            <label class="field">
                <span>{t!(i18n, share.code_label)}</span>
                <input
                    type="text"
                    name="code"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    maxlength="12"
                    aria-invalid=move || problem.with(|p| p.is_some()).to_string()
                    aria-describedby="code-problem"
                    prop:value=code
                    on:input=move |ev| code.set(event_target_value(&ev))
                />
            </label>
            <p id="code-problem" class="error" role="alert">{problem_text}</p>
            <button type="submit" class="button primary wide" aria-disabled=move || busy.get().to_string()>
                {move || if busy.get() { t_string!(i18n, share.searching) } else { t_string!(i18n, share.search) }}
            </button>
        </form>
        <Show when=has_shares>
            <button type="button" class="button wide" on:click=move |_| flow.go(Step::Shares)>
                {t!(i18n, share.back)}
            </button>
        </Show>
    }
}

/// "Is dit je coach?": the name the coach registered, and their code.
#[component]
fn ConfirmStep(flow: Flow, coach: CoachMailbox) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let code_line = t_string!(i18n, share.confirm_code).replace("{code}", &coach.code);
    let yes = {
        let coach = coach.clone();
        move |_| {
            // Sharing again with this coach starts from what is shared with them now.
            let scope = store.state().with_untracked(|s| {
                s.sharing
                    .shares
                    .iter()
                    .find(|share| share.coach.code == coach.code)
                    .map(|share| share.scope.clone())
            });
            flow.scope
                .set(scope.unwrap_or_else(|| started_scope(store)));
            flow.go(Step::Choose(coach.clone()));
        }
    };
    view! {
        <h1>{t!(i18n, share.confirm_title)}</h1>
        <div class="card coach-card">
            <p class="coach-name">{coach.name.clone()}</p>
            <p class="help">{code_line}</p>
        </div>
        <div class="step-buttons">
            <button type="button" class="button" on:click=move |_| flow.go(Step::Code)>
                {t!(i18n, share.confirm_no)}
            </button>
            <button type="button" class="button primary" on:click=yes>
                {t!(i18n, share.confirm_yes)}
            </button>
        </div>
    }
}

/// The default scope: every island the youngster started, without the answers themselves.
fn started_scope(store: start_to_can::state::Store) -> Scope {
    let pack = start_to_can::content::pack(store.language().get_untracked());
    store
        .state()
        .with_untracked(|s| Scope::of_started(pack, &s.journey))
}
