//! A shared summary as the coach sees it: the overview sheet, without the youngster's controls,
//! and the answers themselves when the youngster ticked them. The youngster's preview and the
//! coach's app both draw a summary with this one view, so the preview is exactly what the coach
//! will see.

use chrono::NaiveDate;
use leptos::prelude::*;
use stc_core::share::Summary;

use crate::overview_sheet::OverviewSheet;
use crate::shared_answers::SharedAnswers;

/// The summary, dated `date` (the preview shows today; the coach, the day it was made).
#[component]
pub fn SummaryView(summary: Summary, date: NaiveDate) -> impl IntoView {
    let answers = summary.answers;
    view! {
        <OverviewSheet overview=Signal::stored(summary.overview) avatar=Signal::stored(summary.avatar) date=date />
        {(!answers.is_empty()).then(|| view! { <SharedAnswers exercises=answers /> })}
    }
}
