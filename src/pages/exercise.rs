//! `/exercise/:id`: one question per screen, with progress, back and next. Every answer is saved
//! the moment it is given, and the position too, so closing the app and opening it again resumes
//! at the same question. The end shows the discovery, and on a finished island the evaluation.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use stc_core::Language;
use stc_core::journey::{
    Answer, AnswerError, Discovery, Exercise, IslandId, JourneyError, Pack, Progress, Question,
    calls_for_help,
};
use stc_core::read_aloud::question_script;

use crate::components::avatar::AvatarView;
use crate::components::avatar_words::accessory_name;
use crate::components::evaluation::Evaluation;
use crate::components::help_card::HelpCard;
use crate::components::island_art::island_name;
use crate::components::questions::QuestionInput;
use crate::components::read_aloud::ReadAloudButton;
use crate::content;
use crate::i18n::*;
use crate::pages::not_found::NotFound;
use crate::platform::browser;
use crate::state::use_store;

/// The exercise screen; an unknown id shows the not-found page.
#[component]
pub fn ExercisePage() -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        let island = content::pack(store.language().get_untracked())
            .exercise(&id)
            .map(|(island, _)| island.id);
        match island {
            Some(island) => view! { <ExerciseRun id=id island=island /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

/// Where the keyboard and screen reader go on after "next" or "back": the new question (or,
/// past the last one, the line that says so).
const QUESTION_START: &str = ".exercise .prompt, .exercise .end-ready";

/// What the exercise screen shows below its header.
#[derive(Clone, Debug, PartialEq)]
enum Screen {
    Question(usize),
    /// Past the last question, not finished yet (e.g. after skipping the last one and closing).
    End,
    Finished {
        discovery: Discovery,
        island_done: bool,
    },
}

#[component]
fn ExerciseRun(id: String, island: IslandId) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = Signal::derive(move || content::pack(store.language().get()));
    let id = StoredValue::new(id);
    // Every pack has the same exercise ids (the content tests compare the packs), so switching
    // the language keeps the exercise; the first exercise of the pack is only a guard.
    let exercise = move || -> &'static Exercise {
        let pack = pack.get();
        id.with_value(|id| pack.exercise(id).map(|(_, e)| e))
            .unwrap_or(&pack.islands[0].exercises[0])
    };

    // Opening remembers the exercise for "continue where you stopped".
    let _ = id.with_value(|id| {
        store.try_update(|s| s.journey.open(pack.get_untracked(), id, browser::today()))
    });
    let finished = RwSignal::new(None::<(Discovery, bool)>);
    let progress = Memo::new(move |_| {
        let pack = pack.get();
        store.state().with(|s| {
            id.with_value(|id| s.journey.progress(pack, id))
                .unwrap_or(Progress {
                    index: 0,
                    total: 0,
                    answered: 0,
                })
        })
    });
    let screen = Memo::new(move |_| match finished.get() {
        Some((discovery, island_done)) => Screen::Finished {
            discovery,
            island_done,
        },
        None if progress.get().at_end() => Screen::End,
        None => Screen::Question(progress.get().index),
    });
    let error = RwSignal::new(None::<AnswerError>);

    let finish = move || {
        let today = browser::today();
        let outcome = id.with_value(|id| {
            store.try_update(|s| {
                let discovery = s.journey.finish(pack.get_untracked(), id, today)?;
                let island_done = s
                    .journey
                    .island_progress(pack.get_untracked(), island)
                    .finished;
                Ok::<_, JourneyError>((discovery, island_done))
            })
        });
        if let Some(Ok(done)) = outcome {
            finished.set(Some(done));
            browser::show_from_top(".finish h2");
        }
    };
    let go_next = move |_| {
        let Screen::Question(index) = screen.get_untracked() else {
            return;
        };
        let pack = pack.get_untracked();
        let last = index + 1 >= exercise().questions.len();
        let question = &exercise().questions[index];
        let answered = store.state().with_untracked(|s| {
            id.with_value(|id| s.journey.answer_to(id, &question.id).is_some())
        });
        let _ = id.with_value(|id| {
            store.try_update(|s| {
                if answered {
                    s.journey.next(pack, id)
                } else {
                    s.journey.skip(pack, id, &question.id)
                }
            })
        });
        error.set(None);
        if last {
            finish();
        } else {
            browser::show_from_top(QUESTION_START);
        }
    };
    let navigate = use_navigate();
    let go_back = move |_| {
        // On the first question, "back" goes to the island.
        if screen.get_untracked() == Screen::Question(0) {
            navigate(&format!("/island/{}", island.as_str()), Default::default());
            return;
        }
        let _ = id.with_value(|id| store.try_update(|s| s.journey.back(pack.get_untracked(), id)));
        error.set(None);
        browser::focus_soon(QUESTION_START);
    };

    view! {
        <section class="page exercise" data-exercise=id.get_value()>
            <A href=format!("/island/{}", island.as_str()) attr:class="crumb">
                {move || format!("← {}", island_name(i18n, island))}
            </A>
            <h1>{move || exercise().title.clone()}</h1>
            {move || match screen.get() {
                Screen::Question(index) => {
                    let total = exercise().questions.len();
                    let question: &'static Question = &exercise().questions[index];
                    view! {
                        <ProgressLine index=index total=total />
                        {(index == 0).then(|| {
                            let minutes = exercise().estimated_minutes();
                            view! {
                                <p class="intro">
                                    {exercise().intro.clone()}" "
                                    <span class="muted">
                                        {move || t_string!(i18n, island.minutes).replace("{n}", &minutes.to_string())}
                                    </span>
                                </p>
                            }
                        })}
                        <QuestionScreen
                            exercise_id=id.get_value()
                            question=question
                            pack=pack.get_untracked()
                            error=error
                        />
                        <div class="step-buttons">
                            <button type="button" class="button" on:click=go_back.clone()>
                                {t!(i18n, exercise.back)}
                            </button>
                            <button type="button" class="button primary" on:click=go_next>
                                {move || next_label(i18n, store, &id.get_value(), question, index + 1 == total)}
                            </button>
                        </div>
                    }
                    .into_any()
                }
                Screen::End => view! {
                    <p class="lead end-ready">{t!(i18n, exercise.end_ready)}</p>
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=go_back.clone()>{t!(i18n, exercise.back)}</button>
                        <button type="button" class="button primary" on:click=move |_| finish()>
                            {t!(i18n, exercise.finish)}
                        </button>
                    </div>
                }
                .into_any(),
                Screen::Finished { discovery, island_done } => view! {
                    <FinishView discovery=discovery island=island island_done=island_done />
                }
                .into_any(),
            }}
        </section>
    }
}

/// "Volgende", "Overslaan" when nothing is answered, "Afronden" on the last question.
fn next_label(
    i18n: leptos_i18n::I18nContext<Locale>,
    store: crate::state::Store,
    exercise: &str,
    question: &Question,
    last: bool,
) -> &'static str {
    let answered = store.state().with(|s| {
        s.journey
            .answer_to(exercise, &question.id)
            .is_some_and(|a| *a != Answer::Skipped)
    });
    match (answered, last) {
        (_, true) if answered => t_string!(i18n, exercise.finish),
        (false, _) => t_string!(i18n, exercise.skip),
        _ => t_string!(i18n, exercise.next),
    }
}

/// "Vraag 2 van 5" and a bar.
#[component]
fn ProgressLine(index: usize, total: usize) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        t_string!(i18n, exercise.question_of)
            .replace("{n}", &(index + 1).to_string())
            .replace("{total}", &total.to_string())
    };
    view! {
        <div class="progress-line">
            <span>{text}</span>
            <progress max=total value=index + 1 aria-label=text></progress>
        </div>
    }
}

/// The question, its help, its input, the message when an answer did not fit, and the help
/// lines after an answer that calls for them.
#[component]
fn QuestionScreen(
    exercise_id: String,
    question: &'static Question,
    pack: &'static Pack,
    error: RwSignal<Option<AnswerError>>,
) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let exercise_id = StoredValue::new(exercise_id);
    let answer = Signal::derive(move || {
        store.state().with(|s| {
            exercise_id
                .with_value(|e| s.journey.answer_to(e, &question.id).cloned())
                .filter(|a| *a != Answer::Skipped)
        })
    });
    let save = Callback::new(move |answer: Answer| {
        let outcome = exercise_id.with_value(|e| {
            store.try_update(|s| {
                s.journey
                    .answer(pack, e, &question.id, answer, browser::today())
            })
        });
        error.set(match outcome {
            Some(Err(JourneyError::InvalidAnswer(reason))) => Some(reason),
            _ => None,
        });
    });
    let language = Language::from_tag(&pack.language).unwrap_or_default();
    let read_aloud_text = Callback::new(move |()| {
        let people = store.state().with_untracked(|s| s.journey.people.clone());
        question_script(
            question,
            pack,
            &people,
            t_string!(i18n, exercise.for_example),
        )
    });
    let clear = Callback::new(move |()| {
        exercise_id.with_value(|e| {
            store.update(|s| s.journey.clear_answer(e, &question.id));
        });
        error.set(None);
    });
    view! {
        <fieldset class="question" aria-describedby="question-help">
            <legend class="prompt" tabindex="-1">{question.prompt.clone()}</legend>
            <ReadAloudButton text=read_aloud_text language=language />
            <div id="question-help">
                {question.help.clone().map(|help| view! { <p class="help">{help}</p> })}
                {question.example.clone().map(|example| view! { <p class="example">{example}</p> })}
            </div>
            <QuestionInput question=question pack=pack answer=answer save=save clear=clear />
        </fieldset>
        <p class="error" role="alert">{move || error.get().map(|e| answer_error_text(i18n, &e))}</p>
        // An answer that says things are very bad: the help lines, at once.
        <Show when=move || answer.with(|a| a.as_ref().is_some_and(|a| calls_for_help(question, a)))>
            <HelpCard pack=pack />
        </Show>
    }
}

/// The youngster-facing words for an answer that did not fit.
fn answer_error_text(i18n: leptos_i18n::I18nContext<Locale>, error: &AnswerError) -> String {
    match error {
        AnswerError::TooManyChoices { max } => {
            t_string!(i18n, exercise.error.too_many).replace("{max}", &max.to_string())
        }
        AnswerError::DateInPast { .. } => t_string!(i18n, exercise.error.date_past).to_owned(),
        AnswerError::TextTooLong { max, .. } => {
            t_string!(i18n, exercise.error.too_long).replace("{max}", &max.to_string())
        }
        AnswerError::FirstStepWithoutWhat => t_string!(i18n, exercise.error.no_what).to_owned(),
        _ => t_string!(i18n, exercise.error.other).to_owned(),
    }
}

/// The end of an exercise: the discovery, a new avatar item, a lit-up island and its evaluation.
#[component]
fn FinishView(discovery: Discovery, island: IslandId, island_done: bool) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let new_item = discovery.new_item;
    let wearing = move || {
        store.state().with(|s| {
            new_item.is_some_and(|item| {
                s.journey
                    .avatar
                    .as_ref()
                    .is_some_and(|a| a.accessories.contains(&item))
            })
        })
    };
    let preview = Signal::derive(move || {
        let mut avatar = store
            .state()
            .with(|s| s.journey.avatar.clone().unwrap_or_default());
        if let Some(item) = new_item
            && !avatar.accessories.contains(&item)
        {
            avatar.accessories.push(item);
        }
        avatar
    });
    let wear = move |_| {
        let avatar = preview.get_untracked();
        let _ = store.try_update(|s| s.journey.set_avatar(avatar));
    };
    view! {
        <div class="finish" role="status">
            <h2>{t!(i18n, exercise.well_done)}</h2>
            <div class="card discovery">
                <h3>{t!(i18n, exercise.discovery)}</h3>
                {discovery.tip.map(|tip| view! { <p class="tip">{tip.text}</p> })}
            </div>
        </div>
        {new_item.map(|item| view! {
            <div class="card new-item">
                <AvatarView avatar=preview />
                <div>
                    <h3>{t!(i18n, exercise.new_item)}</h3>
                    <p>{move || accessory_name(i18n, item)}</p>
                    <button type="button" class="button" on:click=wear hidden=wearing>
                        {t!(i18n, exercise.wear)}
                    </button>
                    <p class="done-line" hidden=move || !wearing()>{t!(i18n, exercise.wearing)}</p>
                </div>
            </div>
        })}
        {island_done.then(|| view! {
            <div class="card island-done">
                <p class="lead">
                    {move || t_string!(i18n, exercise.island_done).replace("{island}", island_name(i18n, island))}
                </p>
                <Evaluation island=island />
            </div>
        })}
        <div class="finish-links">
            <A href=format!("/island/{}", island.as_str()) attr:class="button primary wide">
                {move || t_string!(i18n, exercise.to_island).replace("{island}", island_name(i18n, island))}
            </A>
            <A href="/map" attr:class="button wide">{t!(i18n, exercise.to_map)}</A>
            <A href="/overview" attr:class="button wide">{t!(i18n, exercise.to_overview)}</A>
        </div>
    }
}
