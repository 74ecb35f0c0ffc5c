//! "Mijn antwoorden": the answers themselves in a shared summary, exercise by exercise, each
//! question with the youngster's answer in words. Shown under the overview in the youngster's
//! preview and in the coach's app (both through [`crate::summary::SummaryView`]).

use leptos::prelude::*;
use stc_core::share::SharedExercise;
use stc_i18n::i18n::*;

use crate::dates::date_text;
use crate::island_art::island_name;

/// The answered questions of a summary whose youngster ticked "ook mijn antwoorden zelf".
#[component]
pub fn SharedAnswers(exercises: Vec<SharedExercise>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="overview-part shared-answers" aria-labelledby="shared-answers-title">
            <h2 id="shared-answers-title">{t!(i18n, share.answers_title)}</h2>
            {exercises
                .into_iter()
                .map(|exercise| view! {
                    <article class="shared-exercise" data-island=exercise.island.as_str()>
                        <h3>{move || island_name(i18n, exercise.island)}" · "{exercise.title.clone()}</h3>
                        <dl>
                            {exercise
                                .questions
                                .into_iter()
                                .map(|answer| {
                                    let mut words = answer.words.join(" · ");
                                    if let Some(step) = answer.step {
                                        words = step.what;
                                        let with: Vec<String> = step.with.into_iter().map(|h| h.name).collect();
                                        if !with.is_empty() {
                                            words.push_str(" · ");
                                            words.push_str(&t_string!(i18n, overview.with).replace("{who}", &with.join(", ")));
                                        }
                                        if let Some(by) = step.by {
                                            words.push_str(" · ");
                                            words.push_str(&t_string!(i18n, overview.by).replace("{date}", &date_text(i18n, by)));
                                        }
                                    }
                                    view! {
                                        <dt>{answer.question}</dt>
                                        <dd>{words}</dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </article>
                })
                .collect_view()}
        </section>
    }
}
