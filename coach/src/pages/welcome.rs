//! `/coach/` before there is an identity: what this is, then the coach's name (and, where the
//! server asks for one, the organisation's registration code), and the key pair is made here.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use stc_core::coach::api::{NameProblem, RegisterProblem, check_name};
use stc_i18n::i18n::*;

use crate::state::use_coach;

/// Making a coach identity.
#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let token = RwSignal::new(String::new());
    let needs_token = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if let Err(why) = check_name(&name.get_untracked()) {
            problem.set(Some(Problem::Name(why)));
            return;
        }
        problem.set(None);
        busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let token = needs_token.get_untracked().then(|| token.get_untracked());
            match coach.register(name.get_untracked(), token).await {
                Ok(()) => navigate("/coach/code", Default::default()),
                Err(RegisterProblem::TokenNeeded) => needs_token.set(true),
                Err(why) => problem.set(Some(Problem::Register(why))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="page coach-welcome">
            <h1>{t!(i18n, coach_app.welcome.title)}</h1>
            <p class="lead">{t!(i18n, coach_app.welcome.intro)}</p>
            <p>{t!(i18n, coach_app.welcome.how)}</p>
            <form class="card coach-form" on:submit=submit novalidate>
                <label class="field">
                    <span>{t!(i18n, coach_app.welcome.name)}</span>
                    <input
                        type="text"
                        name="name"
                        autocomplete="name"
                        maxlength="60"
                        aria-describedby="name-example"
                        aria-invalid=move || matches!(problem.get(), Some(Problem::Name(_))).to_string()
                        prop:value=name
                        on:input=move |event| name.set(event_target_value(&event))
                    />
                </label>
                <p id="name-example" class="help">{t!(i18n, coach_app.welcome.name_example)}</p>
                <Show when=move || needs_token.get()>
                    <label class="field">
                        <span>{t!(i18n, coach_app.welcome.token)}</span>
                        <input
                            type="text"
                            name="token"
                            autocomplete="off"
                            aria-describedby="token-help"
                            prop:value=token
                            on:input=move |event| token.set(event_target_value(&event))
                        />
                    </label>
                    <p id="token-help" class="help">{t!(i18n, coach_app.welcome.token_help)}</p>
                </Show>
                <p class="error" role="alert">{move || problem.get().map(|p| p.text(i18n))}</p>
                <button type="submit" class="button primary wide" disabled=busy>
                    {move || if busy.get() { t_string!(i18n, coach_app.welcome.busy) } else { t_string!(i18n, coach_app.welcome.create) }}
                </button>
            </form>
            <p>{t!(i18n, coach_app.welcome.have_one)}" "<A href="/coach/device">{t!(i18n, coach_app.welcome.bring_it)}</A></p>
        </section>
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Problem {
    Name(NameProblem),
    Register(RegisterProblem),
}

impl Problem {
    fn text(&self, i18n: I18nContext<Locale>) -> String {
        match self {
            Problem::Name(NameProblem::Empty) => {
                t_string!(i18n, coach_app.errors.name_empty).to_owned()
            }
            Problem::Name(NameProblem::TooLong) => {
                t_string!(i18n, coach_app.errors.name_long).to_owned()
            }
            Problem::Register(RegisterProblem::TokenNeeded | RegisterProblem::TokenRefused) => {
                t_string!(i18n, coach_app.errors.token_refused).to_owned()
            }
            Problem::Register(RegisterProblem::TooMany) => {
                t_string!(i18n, coach_app.errors.too_many).to_owned()
            }
            Problem::Register(RegisterProblem::NoAnswer) => {
                t_string!(i18n, coach_app.errors.offline).to_owned()
            }
            Problem::Register(RegisterProblem::Refused(reason)) => {
                t_string!(i18n, coach_app.errors.refused).replace("{reason}", reason)
            }
        }
    }
}
