//! "Hulp nodig? Praat er nu over": a calm card with the national help lines of the content's
//! country, each a `tel:` link and/or its own site. The lines come from the content pack
//! (checked against the organisations' published numbers by the content test), so they follow
//! the language: Flanders' lines in Dutch and English, Finland's in Finnish.

use leptos::prelude::*;
use stc_core::journey::Pack;

use crate::i18n::*;

#[component]
pub fn HelpCard(#[prop(into)] pack: Signal<&'static Pack>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="card help-card" aria-labelledby="help-card-title" data-help-card="">
            <h2 id="help-card-title">{move || pack.get().help.title.clone()}</h2>
            <p>{move || pack.get().help.intro.clone()}</p>
            <ul class="help-lines">
                {move || {
                    pack.get()
                        .help
                        .lines
                        .iter()
                        .map(|line| {
                            let call = line.tel_uri().zip(line.phone.clone()).map(|(uri, number)| {
                                view! {
                                    <a class="button small" href=uri>
                                        {move || t_string!(i18n, help.call).replace("{number}", &number)}
                                    </a>
                                }
                            });
                            let site = line.site.clone().zip(line.site_label().map(str::to_owned)).map(
                                |(href, label)| {
                                    view! {
                                        <a class="help-site" href=href target="_blank" rel="noopener noreferrer">
                                            {label}
                                        </a>
                                    }
                                },
                            );
                            view! {
                                <li data-help-line=line.id.clone()>
                                    <span class="help-name">{line.name.clone()}</span>
                                    <span class="help-what">{line.what.clone()}</span>
                                    <span class="help-links">{call}{site}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </aside>
    }
}
