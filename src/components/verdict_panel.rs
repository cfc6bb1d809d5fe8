//! The verdict: which role the picked traits add up to, with a meter per role.

use super::class_list::class_list;
use super::role_badge::role_badge;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key, Lang};
use crate::model::strings::{meter_label, verdict_explanation, verdict_sentence};
use crate::model::verdict::Verdict;
use yew::prelude::*;

/// The verdict of the picks in `d`. A plain function (no state of its own).
pub fn verdict_panel(lang: Lang, d: &Dataset, v: &Verdict) -> Html {
    let max = v.picked.max(1).to_string();
    html! {
        <section class="rx-verdict" aria-labelledby="rx-verdict-heading">
            <h3 id="rx-verdict-heading">{ text(lang, Key::VerdictHeading) }</h3>
            <p class="verdict-sentence">{ verdict_sentence(lang, d, v) }</p>
            <p class="verdict-explanation">{ verdict_explanation(lang, d, v) }</p>
            <ul class="meters">
                { for d.roles.iter().enumerate().map(|(r, role)| {
                    let score = v.scores.get(r).copied().unwrap_or(0);
                    let leading = v.leaders.contains(&r);
                    html! {
                        <li key={role.id.clone()} ~className={class_list(&["meter-row", &format!("role-{r}"), if leading { "leading" } else { "" }])}>
                            { role_badge(r, &role.short, &role.name, false) }
                            <meter min="0" max={max.clone()} value={score.to_string()}
                                aria-label={meter_label(lang, &role.name, score, v.picked)}></meter>
                            <span class="meter-count" aria-hidden="true">{ format!("{score}/{}", v.picked) }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
