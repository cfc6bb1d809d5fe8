//! Native tests of the studio's draft: edits, the JSON it writes and reads back, imports,
//! where each validator message is shown, undo/redo, and the embed code it exports.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::builtin::BUILTIN;
use role_explainer::model::embed_code::{hugo_fence, iframe, mdbook_fence, snippet};
use role_explainer::model::snippet::element_html;
use role_explainer::model::studio_draft::{
    field_dom_id, field_for_problem, Draft, DraftCell, Edit, Field,
};
use role_explainer::model::undo_history::{History, MAX_STEPS};
use role_explainer::model::validate::parse_dataset;

const TABLE: &str = "\
| | UX Designer | Developer |
|---|---|---|
| Focus | How it feels | How it works |
| Tools | Figma | Editors |
";

fn messages(draft: &Draft) -> Vec<String> {
    match parse_dataset(&draft.to_json()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// A draft from the table with every "why" and the source filled in.
fn filled() -> Draft {
    let mut d = Draft::from_table(TABLE).unwrap();
    for a in 0..d.attributes.len() {
        for r in 0..d.roles.len() {
            d.apply(&Edit::Set(Field::CellWhy(a, r), format!("Because {a}.{r}")));
        }
    }
    d.apply(&Edit::Set(Field::Source, "My notes".into()));
    d
}

#[test]
fn every_builtin_dataset_reads_and_writes_back_the_same_dataset() {
    for (id, text) in BUILTIN {
        let draft = Draft::from_json(text).unwrap_or_else(|p| panic!("{id}: {p:?}"));
        let written = draft.to_json();
        assert_eq!(
            parse_dataset(&written).unwrap(),
            parse_dataset(text).unwrap(),
            "{id}"
        );
        assert_eq!(Draft::from_json(&written).unwrap(), draft, "{id}");
    }
}

#[test]
fn a_pasted_table_becomes_a_draft_whose_problems_are_the_whys_and_the_source() {
    let d = Draft::from_table(TABLE).unwrap();
    assert_eq!(d.title, "UX Designer vs Developer");
    assert_eq!(d.roles.len(), 2);
    assert_eq!(d.roles[0].id, "ux-designer");
    assert_eq!(d.roles[0].short, "UD");
    assert_eq!(d.attributes[1].cells[0].text, "Figma");
    assert_eq!(
        messages(&d),
        [
            "source: empty",
            "attributes[0].values.ux-designer.why: empty",
            "attributes[0].values.developer.why: empty",
            "attributes[1].values.ux-designer.why: empty",
            "attributes[1].values.developer.why: empty",
        ]
    );
    assert!(messages(&filled()).is_empty(), "{:?}", messages(&filled()));
}

#[test]
fn bad_tables_are_refused_with_their_place() {
    let five = "a,b,c,d,e,f\nx,1,2,3,4,5\n";
    let err = Draft::from_table(five).unwrap_err();
    assert!(err[0].to_string().starts_with("row 1: 5 roles"), "{err:?}");
    let ragged = "a,b,c\nx,1\n";
    assert_eq!(
        Draft::from_table(ragged).unwrap_err()[0].to_string(),
        "row 2: 2 cells; the header has 3"
    );
    let empty_header = ",,\nx,1,2\n";
    let err: Vec<String> = Draft::from_table(empty_header)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        err,
        [
            "row 1, column 2: empty role name",
            "row 1, column 3: empty role name"
        ]
    );
    let big = "a,b,c\n".repeat(200_000);
    assert!(Draft::from_table(&big).unwrap_err()[0]
        .to_string()
        .starts_with("paste: too large"));
    // Quoted commas and line breaks stay inside their cell.
    let csv = "Attribute,A,B\n\"Goal, long\",\"two\nlines\",x\n";
    let d = Draft::from_table(csv).unwrap();
    assert_eq!(d.attributes[0].name, "Goal, long");
    assert_eq!(d.attributes[0].cells[0].text, "two\nlines");
}

#[test]
fn other_json_is_refused_as_not_a_dataset() {
    let err = Draft::from_json("{\"name\": \"my-package\", \"version\": \"1.0.0\"}").unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "file: this JSON is not a role-explainer dataset (it has no \"roles\" and \"attributes\" lists)"
    );
    assert_eq!(
        Draft::from_json("[1, 2").unwrap_err()[0].path,
        "line 1, column 6"
    );
    let five = BUILTIN[0].1.replacen(
        "\"roles\": [",
        "\"roles\": [{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},",
        1,
    );
    assert_eq!(
        Draft::from_json(&five).unwrap_err()[0].to_string(),
        "roles: 5 roles; the studio edits 2 to 4"
    );
}

#[test]
fn rows_and_roles_are_added_removed_and_moved_with_their_cells() {
    let mut d = filled();
    d.apply(&Edit::AddRole);
    assert_eq!(d.roles.len(), 3);
    assert!(d.attributes.iter().all(|a| a.cells.len() == 3));
    d.apply(&Edit::Set(Field::RoleName(2), "Product Owner".into()));
    d.apply(&Edit::Set(Field::CellText(0, 2), "Value".into()));
    d.apply(&Edit::MoveRole(2, -1));
    assert_eq!(d.roles[1].name, "Product Owner");
    assert_eq!(d.attributes[0].cells[1].text, "Value");
    assert_eq!(d.attributes[0].cells[2].text, "How it works");
    d.apply(&Edit::AddRole);
    d.apply(&Edit::AddRole);
    assert_eq!(d.roles.len(), 4, "a fifth role is not added");
    d.apply(&Edit::RemoveRole(1));
    assert_eq!(d.attributes[0].cells[1].text, "How it works");
    d.apply(&Edit::RemoveRole(3));
    d.apply(&Edit::RemoveRole(2));
    d.apply(&Edit::RemoveRole(1));
    assert_eq!(d.roles.len(), 2, "fewer than two roles is refused");
    d.apply(&Edit::AddAttribute);
    d.apply(&Edit::Set(Field::AttributeName(2), "Goal".into()));
    d.apply(&Edit::MoveAttribute(2, -1));
    assert_eq!(d.attributes[1].name, "Goal");
    d.apply(&Edit::MoveAttribute(0, -1));
    assert_eq!(
        d.attributes[0].name, "Focus",
        "a move off the end does nothing"
    );
    d.apply(&Edit::RemoveAttribute(1));
    assert_eq!(
        d.attributes
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Focus", "Tools"]
    );
    assert!(messages(&d).is_empty(), "{:?}", messages(&d));
}

#[test]
fn names_give_unique_ids_and_renaming_a_role_keeps_its_shared_traits() {
    let mut d = Draft::from_json(BUILTIN[0].1).unwrap();
    let shared_before = d.attributes.iter().filter(|a| a.shared.is_some()).count();
    let old = d.roles[0].id.clone();
    d.apply(&Edit::Set(Field::RoleName(0), "Über Manager".into()));
    assert_eq!(d.roles[0].id, "uber-manager");
    assert!(d
        .attributes
        .iter()
        .filter_map(|a| a.shared.as_ref())
        .all(|s| !s.roles.contains(&old)));
    assert!(messages(&d).is_empty(), "{:?}", messages(&d));
    d.apply(&Edit::Set(Field::RoleName(1), "Über Manager".into()));
    assert_eq!(d.roles[1].id, "uber-manager-2");
    d.apply(&Edit::Set(Field::Title, "Ça va?".into()));
    assert_eq!(d.id, "ca-va");
    // Removing a role drops it from shared traits, and a trait left with one role is no
    // longer shared.
    assert!(shared_before > 0, "pm-vs-po has shared traits to test with");
    d.apply(&Edit::AddRole);
    d.apply(&Edit::RemoveRole(0));
    let ids: Vec<&String> = d.roles.iter().map(|r| &r.id).collect();
    for shared in d.attributes.iter().filter_map(|a| a.shared.as_ref()) {
        assert!(shared.roles.len() >= 2);
        assert!(shared.roles.iter().all(|r| ids.contains(&r)), "{shared:?}");
    }
}

#[test]
fn each_problem_is_shown_at_the_input_it_names() {
    let mut d = filled();
    d.apply(&Edit::Set(Field::CellText(1, 1), "  ".into()));
    d.apply(&Edit::Set(Field::RoleShort(0), "TOOLONG".into()));
    d.apply(&Edit::Set(Field::RoleColour(1), "red".into()));
    d.apply(&Edit::Set(Field::AttributeName(0), String::new()));
    d.apply(&Edit::Set(Field::Title, String::new()));
    let problems = parse_dataset(&d.to_json()).unwrap_err();
    let placed: Vec<(String, Option<Field>)> = problems
        .iter()
        .map(|p| (p.to_string(), field_for_problem(&d, &p.path)))
        .collect();
    for (message, field) in &placed {
        assert!(field.is_some(), "{message} has no place");
    }
    let at = |f: Field| {
        placed
            .iter()
            .filter(|(_, g)| *g == Some(f))
            .map(|(m, _)| m.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        at(Field::CellText(1, 1)),
        ["attributes[1].values.developer.text: empty"]
    );
    assert_eq!(
        at(Field::RoleShort(0)),
        ["roles[0].short: too long (7 characters; at most 6)"]
    );
    assert_eq!(
        at(Field::RoleColour(1)),
        ["roles[1].colour: expected a colour like \"#0072b2\""]
    );
    assert!(at(Field::AttributeName(0)).contains(&"attributes[0].name: empty"));
    assert!(at(Field::Title).contains(&"title: empty"));
    assert_eq!(field_dom_id(Field::CellWhy(3, 1)), "f-cell-why-3-1");
    assert_eq!(
        field_for_problem(&d, "attributes[0].values.nobody.why"),
        None
    );
}

#[test]
fn author_html_stays_text_in_the_json_and_the_embed() {
    let mut d = filled();
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    d.apply(&Edit::Set(Field::CellText(0, 0), evil.into()));
    let json = d.to_json();
    let dataset = parse_dataset(&json).unwrap();
    assert_eq!(dataset.attributes[0].values.0[0].1.text, evil);
    let code = snippet(
        "https://cdn.example/role-explainer.js",
        None,
        &[],
        Some(&json),
        &dataset,
        false,
    );
    assert!(!code.contains("<script>alert"), "{code}");
    assert!(!code.contains("<img"), "{code}");
    assert!(code.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(code.contains("\\u003cscript\\u003e"));
}

#[test]
fn the_embed_code_is_the_snippet_commands_and_the_fences_hold_the_dataset() {
    let d = filled();
    let json = d.to_json();
    let dataset = parse_dataset(&json).unwrap();
    let src = "https://cdn.example.com/re/role-explainer.js";
    let code = snippet(
        src,
        None,
        &[("mode", "quiz".into())],
        Some(&json),
        &dataset,
        false,
    );
    assert!(code.starts_with("<script type=\"module\" src=\"https://cdn.example.com/re/role-explainer.js\"></script>\n<role-explainer mode=\"quiz\">"));
    assert!(code.ends_with(&element_html(
        &[("mode", "quiz".into())],
        Some(&json),
        &dataset
    )));
    let frame = iframe(
        src,
        "https://me.example/my roles.json",
        &[("mode", "quiz".into())],
        "A & B",
    );
    assert!(frame.starts_with("<iframe src=\"https://cdn.example.com/re/embed.html#dataset=https://me.example/my%20roles.json&amp;mode=quiz\" title=\"A &amp; B\""), "{frame}");
    assert!(frame
        .contains("<script src=\"https://cdn.example.com/re/embed-resize.js\" defer></script>"));
    let hugo = hugo_fence(&json, &[("mode", "quiz".into())]);
    assert!(hugo.starts_with("```role-explainer {mode=\"quiz\"}\n{\n"));
    assert!(hugo.ends_with("}\n```\n"));
    let book = mdbook_fence(&json);
    let body = book
        .strip_prefix("```role-explainer\n")
        .and_then(|b| b.strip_suffix("\n```\n"))
        .unwrap();
    assert_eq!(parse_dataset(body).unwrap(), dataset);
}

#[test]
fn undo_and_redo_step_through_changes_and_typing_in_one_field_is_one_step() {
    let mut h = History::new(0);
    h.push(1, Some("title".into()));
    h.push(2, Some("title".into()));
    h.push(3, Some("title".into()));
    h.push(4, Some("source".into()));
    h.push(4, None);
    assert_eq!(*h.current(), 4);
    assert!(h.undo());
    assert_eq!(*h.current(), 3);
    assert!(h.undo());
    assert_eq!(*h.current(), 0);
    assert!(!h.undo() && !h.can_undo());
    assert!(h.redo());
    assert_eq!(*h.current(), 3);
    h.push(5, Some("title".into()));
    assert!(!h.can_redo(), "a new change drops the undone steps");
    h.push(6, Some("title".into()));
    h.seal();
    h.push(7, Some("title".into()));
    h.undo();
    assert_eq!(*h.current(), 6, "seal ends a typing step");
    h.undo();
    assert_eq!(*h.current(), 3, "after an undo, typing is a new step");
    let mut long = History::new(0);
    for i in 1..=MAX_STEPS + 50 {
        long.push(i, None);
    }
    let mut undone = 0;
    while long.undo() {
        undone += 1;
    }
    assert_eq!(undone, MAX_STEPS - 1);
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ]{1,20}",
        "[ -~]{0,30}",
        "\\PC{0,12}",
        Just("<b>&\"'</b>\n\\".to_string()),
    ]
}

fn drafts() -> impl Strategy<Value = Draft> {
    (2usize..=4, 0usize..=5).prop_flat_map(|(roles, rows)| {
        (
            prop::collection::vec((text(), text(), text(), text()), roles),
            prop::collection::vec(
                (
                    text(),
                    text(),
                    prop::collection::vec((text(), text(), text()), roles),
                ),
                rows,
            ),
            (text(), text(), text(), text()),
        )
            .prop_map(|(roles, rows, (title, lang, source, intro))| {
                let mut d = Draft::blank();
                while d.roles.len() < roles.len() {
                    d.apply(&Edit::AddRole);
                }
                while !d.attributes.is_empty() {
                    d.apply(&Edit::RemoveAttribute(0));
                }
                for _ in &rows {
                    d.apply(&Edit::AddAttribute);
                }
                for (r, (name, short, description, colour)) in roles.into_iter().enumerate() {
                    d.apply(&Edit::Set(Field::RoleName(r), name));
                    d.apply(&Edit::Set(Field::RoleShort(r), short));
                    d.apply(&Edit::Set(Field::RoleDescription(r), description));
                    d.apply(&Edit::Set(Field::RoleColour(r), colour));
                }
                for (a, (name, question, cells)) in rows.into_iter().enumerate() {
                    d.apply(&Edit::Set(Field::AttributeName(a), name));
                    d.apply(&Edit::Set(Field::AttributeQuestion(a), question));
                    for (r, (t, w, s)) in cells.into_iter().enumerate() {
                        d.attributes[a].cells[r] = DraftCell {
                            text: t,
                            why: w,
                            section: s,
                        };
                    }
                }
                d.apply(&Edit::Set(Field::Title, title));
                d.apply(&Edit::Set(Field::Lang, lang));
                d.apply(&Edit::Set(Field::Source, source));
                d.apply(&Edit::Set(Field::Intro, intro));
                d
            })
    })
}

/// Optional fields left blank are not written, so they read back empty.
fn normalised(mut d: Draft) -> Draft {
    let blank = |s: &mut String| {
        if s.trim().is_empty() {
            s.clear();
        }
    };
    blank(&mut d.intro);
    for a in &mut d.attributes {
        blank(&mut a.question);
        for c in &mut a.cells {
            blank(&mut c.section);
        }
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    /// Whatever the author typed, the JSON written reads back as the same draft (autosave and
    /// share links rely on it), and every validator problem has an input to be shown at.
    #[test]
    fn any_draft_reads_back_from_its_json(d in drafts()) {
        let json = d.to_json();
        prop_assert_eq!(Draft::from_json(&json).unwrap(), normalised(d.clone()));
        if let Err(problems) = parse_dataset(&json) {
            for p in problems {
                prop_assert!(field_for_problem(&d, &p.path).is_some() || p.path == "attributes" || p.path == "roles", "{} has no place", p);
            }
        }
    }
}
