//! `/coach/code`: the coach's code, a QR code of the link `<this origin>/share?code=…` (made in
//! the app), and the link itself, to hand out or print.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_i18n::i18n::*;

use crate::components::qr_code::QrCode;
use crate::platform::browser;
use crate::state::use_coach;

/// The code, the QR code and the link.
#[component]
pub fn MyCode() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let copied = RwSignal::new(false);
    view! {
        <section class="page my-code">
            <h1>{t!(i18n, coach_app.code.title)}</h1>
            {move || match coach.identity().get() {
                None => view! {
                    <p class="empty-state">{t!(i18n, coach_app.device.nothing_yet)}</p>
                    <A href="/coach/" attr:class="button primary">{t!(i18n, coach_app.not_found.home)}</A>
                }
                .into_any(),
                Some(identity) => {
                    let link = identity.share_link();
                    let copy_link = link.clone();
                    let copy = move |_| {
                        let link = copy_link.clone();
                        leptos::task::spawn_local(async move { copied.set(browser::copy(&link).await) });
                    };
                    let name = identity.name.clone();
                    view! {
                        <p class="lead">{t!(i18n, coach_app.code.intro)}</p>
                        <div class="card code-card">
                            <p class="code-label">{t!(i18n, coach_app.code.code_label)}</p>
                            <p class="coach-code">{identity.code.clone()}</p>
                            <QrCode text=link.clone() label=Signal::derive(move || t_string!(i18n, coach_app.code.qr_label).to_owned()) />
                            <p class="code-label">{t!(i18n, coach_app.code.link_label)}</p>
                            <p class="share-link"><a href=link.clone()>{link.clone()}</a></p>
                            <p class="help">{move || t_string!(i18n, coach_app.code.name_line).replace("{name}", &name)}</p>
                        </div>
                        <div class="actions no-print">
                            <button type="button" class="button" on:click=copy>{t!(i18n, coach_app.code.copy)}</button>
                            <button type="button" class="button" on:click=move |_| browser::print()>{t!(i18n, coach_app.code.print)}</button>
                        </div>
                        <p class="help no-print" role="status">{move || copied.get().then(|| t_string!(i18n, coach_app.code.copied))}</p>
                        <p class="notice-line no-print">
                            {t!(i18n, coach_app.code.backup)}" "
                            <A href="/coach/device">{t!(i18n, coach_app.code.backup_link)}</A>
                        </p>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
