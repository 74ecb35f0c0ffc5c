//! `/step/:exercise/:question`: "Is het gelukt?" — a first step followed up in the strength-based
//! way, one question a screen: did it work (yes, partly, not yet); what helped or what made it
//! hard (taps, may be skipped); and what now (the same step on another day, a new step, or none
//! for now). The step keeps its history; what worked shows in the overview.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use stc_core::journey::{
    Answer, FollowUp, HELPED, Input, MADE_IT_HARD, Pack, Question, StepOutcome, step_text,
};

use crate::components::questions::QuestionInput;
use crate::components::reminder_words::date_text;
use crate::content;
use crate::i18n::*;
use crate::pages::not_found::NotFound;
use crate::platform::browser;
use crate::state::use_store;

/// The follow-up screen; a question without a first step shows the not-found page.
#[component]
pub fn FollowUpPage() -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    move || {
        let (exercise, question) = params.with(|p| {
            (
                p.get("exercise").unwrap_or_default(),
                p.get("question").unwrap_or_default(),
            )
        });
        let pack = content::pack(store.language().get_untracked());
        let asked = pack
            .exercise(&exercise)
            .and_then(|(_, e)| e.question(&question))
            .filter(|q| matches!(q.input, Input::FirstStep { .. }));
        match asked {
            Some(asked) => view! { <StepFollowUp exercise=exercise asked=asked /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Screen {
    Outcome,
    /// What helped, then what was hard: one question a screen (see [`StepOutcome::reason_groups`]).
    Reasons(usize),
    Next,
    Saved,
}

/// What the youngster does after this step.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Then {
    SameStepLater,
    NewStep,
    NoStepNow,
}

#[component]
fn StepFollowUp(exercise: String, asked: &'static Question) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = move || -> &'static Pack { content::pack(store.language().get()) };
    let exercise = StoredValue::new(exercise);
    let current = move || {
        store
            .state()
            .with(|s| exercise.with_value(|e| s.journey.answer_to(e, &asked.id).cloned()))
    };
    // A memo: a change elsewhere in the state (someone added on the next-step screen) must not
    // draw the screen again, which would start its form afresh.
    let step_words = Memo::new(move |_| match current() {
        Some(Answer::FirstStep { what, by, .. }) => Some((
            exercise
                .with_value(|e| step_text(pack(), e, &asked.id, &what))
                .unwrap_or_default(),
            by,
        )),
        _ => None,
    });
    let screen = RwSignal::new(Screen::Outcome);
    let outcome = RwSignal::new(None::<StepOutcome>);
    let reasons = RwSignal::new(Vec::<String>::new());
    let then = RwSignal::new(None::<Then>);
    let later = RwSignal::new(None::<NaiveDate>);
    let next_step = RwSignal::new(None::<Answer>);
    let error = RwSignal::new(None::<&'static str>);
    let saved_outcome = RwSignal::new(None::<StepOutcome>);

    let next = move || -> Result<Option<Answer>, &'static str> {
        match then.get_untracked() {
            None => Err(t_string!(i18n, growth.choose_then)),
            Some(Then::NoStepNow) => Ok(None),
            Some(Then::NewStep) => next_step
                .get_untracked()
                .map(Some)
                .ok_or(t_string!(i18n, exercise.error.no_what)),
            Some(Then::SameStepLater) => match current() {
                Some(Answer::FirstStep { what, with, .. }) => Ok(Some(Answer::FirstStep {
                    what,
                    with,
                    by: later.get_untracked(),
                })),
                _ => Err(t_string!(i18n, exercise.error.other)),
            },
        }
    };
    let save = move || {
        let Some(chosen) = outcome.get_untracked() else {
            return;
        };
        let next = match next() {
            Ok(next) => next,
            Err(message) => return error.set(Some(message)),
        };
        let follow_up = FollowUp {
            outcome: chosen,
            reasons: reasons.get_untracked(),
            next,
        };
        let done = store.try_update(|s| {
            exercise.with_value(|e| {
                s.journey
                    .follow_up(pack(), e, &asked.id, follow_up, browser::today())
            })
        });
        match done {
            Some(Ok(())) => {
                error.set(None);
                saved_outcome.set(Some(chosen));
                screen.set(Screen::Saved);
                browser::scroll_to_top();
            }
            Some(Err(stc_core::journey::GrowthError::InvalidNextStep(
                stc_core::journey::AnswerError::DateInPast { .. },
            ))) => error.set(Some(t_string!(i18n, exercise.error.date_past))),
            Some(Err(_)) => error.set(Some(t_string!(i18n, exercise.error.other))),
            // Not made (a newer version, or everything deleted elsewhere): the notice says so.
            None => {}
        }
    };

    let outcome_screen = move || {
        let option = |value: StepOutcome, label: &'static str, example: &'static str| {
            view! {
                <label class="tile">
                    <input
                        type="radio"
                        name="step-outcome"
                        prop:checked=move || outcome.get() == Some(value)
                        on:change=move |_| {
                            outcome.set(Some(value));
                            reasons.update(|r| r.retain(|id| value.reasons().contains(&id.as_str())));
                        }
                    />
                    <span class="choice-text">
                        <span class="choice-label">{label}</span>
                        <span class="choice-example">{example}</span>
                    </span>
                </label>
            }
        };
        view! {
            <fieldset class="question">
                <legend class="prompt">{t!(i18n, growth.did_it_work)}</legend>
                <div class="tiles">
                    {option(StepOutcome::Done, t_string!(i18n, growth.outcome.done), t_string!(i18n, growth.outcome.done_example))}
                    {option(StepOutcome::Partly, t_string!(i18n, growth.outcome.partly), t_string!(i18n, growth.outcome.partly_example))}
                    {option(StepOutcome::NotYet, t_string!(i18n, growth.outcome.not_yet), t_string!(i18n, growth.outcome.not_yet_example))}
                </div>
            </fieldset>
            <div class="step-buttons">
                <button
                    type="button"
                    class="button primary"
                    disabled=move || outcome.get().is_none()
                    on:click=move |_| screen.set(Screen::Reasons(0))
                >
                    {t!(i18n, exercise.next)}
                </button>
            </div>
        }
    };

    let reasons_screen = move |phase: usize| {
        let chosen = outcome.get_untracked().unwrap_or(StepOutcome::Done);
        let lists = chosen.reason_groups();
        let (helped, ids) = lists[phase.min(lists.len() - 1)];
        let last = phase + 1 >= lists.len();
        let prompt = if helped {
            t_string!(i18n, growth.what_helped)
        } else {
            t_string!(i18n, growth.what_was_hard)
        };
        let chip = move |id: &'static str| {
            view! {
                <label class="chip">
                    <input
                        type="checkbox"
                        name="step-reason"
                        value=id
                        prop:checked=move || reasons.with(|r| r.iter().any(|x| x == id))
                        on:change=move |_| reasons.update(|r| {
                            if let Some(at) = r.iter().position(|x| x == id) {
                                r.remove(at);
                            } else {
                                r.push(id.to_owned());
                            }
                        })
                    />
                    <span class="choice-label">{reason_text(i18n, id)}</span>
                </label>
            }
        };
        view! {
            <fieldset class="question">
                <legend class="prompt">{prompt}</legend>
                <p class="help">{t!(i18n, growth.reasons_help)}</p>
                <div class="chips">{ids.iter().copied().map(chip).collect_view()}</div>
            </fieldset>
            <div class="step-buttons">
                <button type="button" class="button" on:click=move |_| {
                    screen.set(if phase == 0 { Screen::Outcome } else { Screen::Reasons(phase - 1) });
                }>
                    {t!(i18n, exercise.back)}
                </button>
                <button type="button" class="button primary" on:click=move |_| {
                    if last {
                        then.set(None);
                        screen.set(Screen::Next);
                    } else {
                        screen.set(Screen::Reasons(phase + 1));
                    }
                }>
                    {t!(i18n, exercise.next)}
                </button>
            </div>
        }
    };

    let next_screen = move || {
        let chosen = outcome.get_untracked().unwrap_or(StepOutcome::Done);
        let option = move |value: Then, label: &'static str| {
            view! {
                <label class="tile">
                    <input
                        type="radio"
                        name="step-then"
                        prop:checked=move || then.get() == Some(value)
                        on:change=move |_| {
                            error.set(None);
                            then.set(Some(value));
                        }
                    />
                    <span class="choice-label">{label}</span>
                </label>
            }
        };
        view! {
            <fieldset class="question">
                <legend class="prompt">{t!(i18n, growth.and_now)}</legend>
                <div class="tiles">
                    {(chosen != StepOutcome::Done)
                        .then(|| option(Then::SameStepLater, t_string!(i18n, growth.same_step_later)))}
                    {option(Then::NewStep, t_string!(i18n, growth.new_step))}
                    {option(Then::NoStepNow, t_string!(i18n, growth.no_step_now))}
                </div>
            </fieldset>
            <Show when=move || then.get() == Some(Then::SameStepLater)>
                <label class="field">
                    <span>{t!(i18n, first_step.by)}</span>
                    <input
                        type="date"
                        name="step-later"
                        min=browser::today().to_string()
                        prop:value=move || later.get().map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| later.set(event_target_value(&ev).parse().ok())
                    />
                </label>
            </Show>
            <Show when=move || then.get() == Some(Then::NewStep)>
                <div class="card new-step">
                    <QuestionInput
                        question=asked
                        pack=pack()
                        answer=next_step.into()
                        save=Callback::new(move |a| next_step.set(Some(a)))
                        clear=Callback::new(move |()| next_step.set(None))
                    />
                </div>
            </Show>
            <p class="error" role="alert">{move || error.get()}</p>
            <div class="step-buttons">
                <button type="button" class="button" on:click=move |_| {
                    let phases = outcome.get_untracked().unwrap_or(StepOutcome::Done).reason_groups().len();
                    screen.set(Screen::Reasons(phases - 1));
                }>
                    {t!(i18n, exercise.back)}
                </button>
                <button type="button" class="button primary" on:click=move |_| save()>
                    {t!(i18n, growth.save)}
                </button>
            </div>
        }
    };

    let saved_screen = move || {
        let message = match saved_outcome.get_untracked() {
            Some(StepOutcome::Done) => t_string!(i18n, growth.saved_done),
            Some(StepOutcome::Partly) => t_string!(i18n, growth.saved_partly),
            _ => t_string!(i18n, growth.saved_not_yet),
        };
        view! {
            <div class="card done" role="status">
                <p>{message}</p>
            </div>
            <A href="/overview" attr:class="button primary wide">{t!(i18n, growth.to_overview)}</A>
            <A href="/map" attr:class="button wide">{t!(i18n, exercise.to_map)}</A>
        }
    };

    view! {
        <section class="page follow-up">
            <A href="/overview" attr:class="crumb">{move || format!("← {}", t_string!(i18n, overview.title))}</A>
            <h1>{t!(i18n, growth.follow_up_title)}</h1>
            {move || match (screen.get(), step_words.get()) {
                (Screen::Saved, _) => saved_screen().into_any(),
                (_, None) => view! { <p class="lead">{t!(i18n, growth.no_step)}</p> }.into_any(),
                (screen, Some((what, by))) => view! {
                    <div class="card step-card">
                        <p class="step-what"><strong>{what}</strong></p>
                        {by.map(|by| view! {
                            <p class="help">{t_string!(i18n, overview.by).replace("{date}", &date_text(i18n, by))}</p>
                        })}
                    </div>
                    {match screen {
                        Screen::Outcome => outcome_screen().into_any(),
                        Screen::Reasons(phase) => reasons_screen(phase).into_any(),
                        _ => next_screen().into_any(),
                    }}
                }
                .into_any(),
            }}
        </section>
    }
}

/// The words of a reason id from [`HELPED`] or [`MADE_IT_HARD`].
pub fn reason_text(i18n: leptos_i18n::I18nContext<Locale>, id: &str) -> &'static str {
    match id {
        "someone_helped" => t_string!(i18n, growth.reason.someone_helped),
        "had_a_plan" => t_string!(i18n, growth.reason.had_a_plan),
        "small_pieces" => t_string!(i18n, growth.reason.small_pieces),
        "made_time" => t_string!(i18n, growth.reason.made_time),
        "wanted_it" => t_string!(i18n, growth.reason.wanted_it),
        "no_time" => t_string!(i18n, growth.reason.no_time),
        "no_energy" => t_string!(i18n, growth.reason.no_energy),
        "too_hard" => t_string!(i18n, growth.reason.too_hard),
        "did_not_know_how" => t_string!(i18n, growth.reason.did_not_know_how),
        _ => t_string!(i18n, growth.reason.something_came_up),
    }
}

// Every reason the core knows has words here (the match above ends in a catch-all).
const _: () = assert!(HELPED.len() + MADE_IT_HARD.len() == 10);
