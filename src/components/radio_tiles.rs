//! A question with a few choices, shown as large tiles that are real radio buttons (so keyboard
//! and screen readers work as everywhere else).

use leptos::prelude::*;

/// One group of radio tiles under a legend. Choosing one calls `on_select` at once.
#[component]
pub fn RadioTiles<T>(
    /// The form name that ties the radios together.
    name: &'static str,
    /// The question.
    #[prop(into)]
    legend: Signal<String>,
    /// Every choice with its label.
    options: Vec<(T, Signal<String>)>,
    #[prop(into)] selected: Signal<T>,
    on_select: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    // A choice that was not made (the data belongs to a newer version of the app) leaves
    // `selected` as it was; drawing the tiles again shows that instead of the tapped one.
    let redraw = Trigger::new();
    view! {
        <fieldset class="radio-tiles">
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|(value, label)| {
                    view! {
                        <label class="tile">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || {
                                    redraw.track();
                                    selected.get() == value
                                }
                                on:change=move |_| {
                                    on_select.run(value);
                                    redraw.notify();
                                }
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
