//! The frame around every page of the coach's app: a header with the menu (once there is an
//! identity), a notice about the stored data, the page, and the language.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use stc_core::coach::store::CoachNotice;
use stc_i18n::i18n::*;
use stc_ui::LanguageSelect;

use crate::state::use_coach;

/// Header and menu, the storage notice, the page, and the language switch at the foot.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    view! {
        <a class="skip-link" href="#content">{t!(i18n, skip_to_content)}</a>
        <header class="app-header coach-header">
            <span class="brand">{t!(i18n, coach_app.brand)}</span>
            <Show when=move || coach.has_identity().get()>
                <nav class="coach-nav" aria-label=move || t_string!(i18n, coach_app.nav.label)>
                    <A href="/coach/" exact=true>{t!(i18n, coach_app.nav.youngsters)}</A>
                    <A href="/coach/code">{t!(i18n, coach_app.nav.code)}</A>
                    <A href="/coach/use">{t!(i18n, coach_app.nav.usage)}</A>
                    <A href="/coach/device">{t!(i18n, coach_app.nav.device)}</A>
                </nav>
            </Show>
        </header>
        <div class="notice-area" role="status">
            {move || coach.notice().get().map(|notice| view! {
                <div class="notice">
                    <p>{notice_text(i18n, &notice)}</p>
                    <button type="button" class="button small" on:click=move |_| coach.dismiss_notice()>
                        {t!(i18n, notice.close)}
                    </button>
                </div>
            })}
        </div>
        <main id="content" class="coach-main" tabindex="-1">{children()}</main>
        <footer class="coach-footer">
            <LanguageSelect language=coach.language() on_change=Callback::new(move |chosen| coach.set_language(chosen)) />
        </footer>
    }
}

fn notice_text(i18n: I18nContext<Locale>, notice: &CoachNotice) -> &'static str {
    match notice {
        CoachNotice::SaveFailed(_) => t_string!(i18n, coach_app.notice.save_failed),
        CoachNotice::SetAside(_) => t_string!(i18n, coach_app.notice.set_aside),
        CoachNotice::Newer => t_string!(i18n, coach_app.notice.newer),
        CoachNotice::Stuck => t_string!(i18n, coach_app.notice.stuck),
        CoachNotice::Unavailable(_) => t_string!(i18n, coach_app.notice.unavailable),
    }
}
