//! Rating: five faces, and a scale from 0 to 10. Both are radio groups, so keyboards and screen
//! readers work as everywhere else.

use leptos::prelude::*;
use stc_core::journey::Answer;

/// The mouth of each face, from 1 (saddest) to 5 (happiest).
const MOUTHS: [&str; 5] = [
    "M13 29 Q20 22 27 29",
    "M13 28 Q20 24 27 28",
    "M13 26 L27 26",
    "M13 25 Q20 29 27 25",
    "M12 24 Q20 33 28 24",
];

/// Five faces, each with its name.
#[component]
pub fn Faces(
    name: String,
    labels: &'static [String],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
) -> impl IntoView {
    let value = move || match answer.get() {
        Some(Answer::Faces { value }) => Some(value),
        _ => None,
    };
    view! {
        <div class="faces">
            {(1..=5u8)
                .map(|n| {
                    let label = labels.get(usize::from(n) - 1).cloned().unwrap_or_default();
                    view! {
                        <label class="face" data-value=n>
                            <input
                                type="radio"
                                name=name.clone()
                                value=n
                                prop:checked=move || value() == Some(n)
                                on:change=move |_| save.run(Answer::Faces { value: n })
                            />
                            <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false">
                                <circle cx="20" cy="20" r="17" class="face-fill" />
                                <circle cx="14.5" cy="16" r="2.2" class="face-ink" />
                                <circle cx="25.5" cy="16" r="2.2" class="face-ink" />
                                <path d=MOUTHS[usize::from(n) - 1] class="face-mouth" />
                            </svg>
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Eleven numbers, 0 to 10, with a label at each end.
#[component]
pub fn Scale(
    name: String,
    min_label: &'static String,
    max_label: &'static String,
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
) -> impl IntoView {
    let value = move || match answer.get() {
        Some(Answer::Scale { value }) => Some(value),
        _ => None,
    };
    view! {
        <div class="scale">
            {(0..=10u8)
                .map(|n| {
                    view! {
                        <label class="scale-number">
                            <input
                                type="radio"
                                name=name.clone()
                                value=n
                                prop:checked=move || value() == Some(n)
                                on:change=move |_| save.run(Answer::Scale { value: n })
                            />
                            <span>{n}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
        <p class="scale-ends">
            <span>{format!("0 = {min_label}")}</span>
            <span>{format!("10 = {max_label}")}</span>
        </p>
    }
}
