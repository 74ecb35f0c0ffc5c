//! "Did this island help you get to know yourself better?": one optional tap from 1 to 7, as the
//! pilots asked it. Stored with the answers and shown in the overview.

use leptos::prelude::*;
use stc_core::journey::IslandId;
use stc_core::read_aloud::lines_script;

use crate::components::read_aloud::ReadAloudButton;
use crate::i18n::*;
use crate::state::use_store;

/// Seven numbered tiles; tapping the chosen one again takes the answer back.
#[component]
pub fn Evaluation(island: IslandId) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let value = move || {
        store
            .state()
            .with(|s| s.journey.evaluations.get(&island).copied())
    };
    let choose = move |score: u8| {
        if value() == Some(score) {
            store.update(|s| s.journey.clear_evaluation(island));
        } else {
            let _ = store.try_update(|s| s.journey.evaluate(island, score));
        }
    };
    let name = format!("evaluation-{}", island.as_str());
    let read_aloud_text = Callback::new(move |()| {
        lines_script(&[
            t_string!(i18n, evaluation.question),
            t_string!(i18n, evaluation.optional),
            t_string!(i18n, evaluation.low),
            t_string!(i18n, evaluation.high),
        ])
    });
    view! {
        <fieldset class="evaluation">
            <legend>{t!(i18n, evaluation.question)}</legend>
            <ReadAloudButton text=read_aloud_text language=store.language().get_untracked() />
            <p class="help">{t!(i18n, evaluation.optional)}</p>
            <div class="scale seven">
                {(1..=7u8)
                    .map(|n| {
                        view! {
                            <label class="scale-number">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    value=n
                                    prop:checked=move || value() == Some(n)
                                    on:click=move |_| choose(n)
                                />
                                <span>{n}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="scale-ends">
                <span>{t!(i18n, evaluation.low)}</span>
                <span>{t!(i18n, evaluation.high)}</span>
            </p>
            <p class="done-line" role="status">
                {move || value().map(|_| t_string!(i18n, evaluation.thanks))}
            </p>
        </fieldset>
    }
}
