//! Native tests of dataset validation: every kind of broken dataset is named with its path.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use role_explainer::model::builtin::{builtin, BUILTIN};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::i18n::Lang;
use role_explainer::model::load::{load, DatasetSource};
use role_explainer::model::validate::{parse_dataset, Problem};
use serde_json::{json, Value};

fn problems(value: &Value) -> Vec<String> {
    match parse_dataset(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

/// Applies `edit` to a valid two-role dataset and expects exactly `expected` problems.
fn rejects(edit: impl FnOnce(&mut Value), expected: &[&str]) {
    let mut value = common::dataset(2, 3);
    edit(&mut value);
    assert_eq!(problems(&value), expected, "for {value}");
}

#[test]
fn every_builtin_dataset_is_valid() {
    for (id, text) in BUILTIN {
        let dataset = parse_dataset(text).unwrap_or_else(|p| panic!("{id}: {p:?}"));
        // A translation shares its dataset's id: `pm-vs-po.de` is `pm-vs-po` in German.
        let expected = match id.split_once('.') {
            Some((base, lang)) => {
                assert_eq!(dataset.lang, lang);
                base
            }
            None => id,
        };
        assert_eq!(dataset.id, expected);
    }
}

#[test]
fn default_dataset_covers_every_distinction_in_the_article() {
    let dataset = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    let names: Vec<&str> = dataset.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Product Manager", "Product Owner"]);
    for id in [
        "horizon",
        "focus",
        "goal",
        "responsibility",
        "priorities",
        "artifacts",
        "metrics",
        "feedback",
        "team",
        "customers",
        "lifecycle",
        "overlap",
    ] {
        assert!(
            dataset.attribute_index(id).is_some(),
            "missing attribute {id}"
        );
    }
    // Every trait names the article section it comes from.
    for attribute in &dataset.attributes {
        for (role, value) in &attribute.values {
            assert!(
                value.section.is_some(),
                "{}.{role} has no section",
                attribute.id
            );
        }
    }
    let horizon = &dataset.attributes[dataset.attribute_index("horizon").unwrap()];
    assert_eq!(horizon.values["pm"].text, "The next 1–3 years");
    assert_eq!(horizon.values["po"].text, "The next 1–3 sprints");
    let overlap = &dataset.attributes[dataset.attribute_index("overlap").unwrap()];
    assert_eq!(overlap.shared.as_ref().unwrap().roles, ["pm", "po"]);
}

#[test]
fn a_valid_dataset_round_trips_through_serde() {
    for (_, text) in BUILTIN {
        let dataset = parse_dataset(text).unwrap();
        let again: Dataset =
            serde_json::from_str(&serde_json::to_string(&dataset).unwrap()).unwrap();
        assert_eq!(again, dataset);
        // What serde writes is itself a valid dataset with the same content.
        assert_eq!(
            parse_dataset(&serde_json::to_string(&dataset).unwrap()).unwrap(),
            dataset
        );
    }
}

#[test]
fn unknown_builtin_names_the_ones_there_are() {
    let err = load(&DatasetSource::Builtin("nope".into()), None).unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "dataset: unknown built-in dataset \"nope\" (built-in: pm-vs-po, pm-vs-po.de, project-vs-product-vs-owner)"
    );
    assert!(load(&DatasetSource::Builtin("pm-vs-po".into()), None).is_ok());
}

#[test]
fn a_translation_matches_its_original_attribute_for_attribute() {
    let en = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    let de = parse_dataset(builtin("pm-vs-po.de").unwrap()).unwrap();
    let ids = |d: &Dataset| {
        d.attributes
            .iter()
            .map(|a| a.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&de));
    for (a, b) in en.attributes.iter().zip(&de.attributes) {
        assert_eq!(
            a.values.keys().collect::<Vec<_>>(),
            b.values.keys().collect::<Vec<_>>()
        );
        assert_eq!(a.shared.is_some(), b.shared.is_some());
        for (role, value) in &a.values {
            assert_eq!(value.section, b.values[role].section, "{}.{role}", a.id);
        }
    }
    assert_eq!(
        load(
            &DatasetSource::Builtin("pm-vs-po".into()),
            Lang::from_tag("de-AT")
        )
        .unwrap(),
        de
    );
    // No translation: the original.
    assert_eq!(
        load(&DatasetSource::Builtin("pm-vs-po".into()), Some(Lang::Fr)).unwrap(),
        en
    );
}

#[test]
fn the_three_role_dataset_says_where_the_project_manager_comes_from() {
    let d = parse_dataset(builtin("project-vs-product-vs-owner").unwrap()).unwrap();
    assert_eq!(d.roles.len(), 3);
    assert!(d
        .source
        .contains("common project-management practice, not from the article"));
    let pm_vs_po = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    for attribute in &d.attributes {
        let original = &pm_vs_po.attributes[pm_vs_po.attribute_index(&attribute.id).unwrap()];
        // The two article roles say exactly what the article dataset says.
        assert_eq!(attribute.values["pm"], original.values["pm"]);
        assert_eq!(attribute.values["po"], original.values["po"]);
        assert_eq!(
            attribute.values["project"].section.as_deref(),
            Some("Common project-management practice (not in the article)")
        );
    }
}

#[test]
fn syntax_errors_name_line_and_column() {
    let err =
        parse_dataset("{\n  \"version\": 1,\n  \"id\": \"x\"\n  \"title\": 2\n}").unwrap_err();
    assert_eq!(err[0].to_string(), "line 4, column 3: expected ',' or '}'");
}

/// A valid dataset's text, padded with trailing spaces to exactly `bytes` bytes.
fn padded(text: &str, bytes: usize) -> String {
    assert!(text.len() <= bytes);
    format!("{text}{}", " ".repeat(bytes - text.len()))
}

#[test]
fn the_size_cap_is_128_kib_exactly() {
    use role_explainer::model::validate::MAX_BYTES;
    assert_eq!(MAX_BYTES, 131_072);
    let valid = common::dataset(2, 3).to_string();
    assert!(parse_dataset(&padded(&valid, 131_072)).is_ok());
    assert_eq!(
        problems_of(&padded(&valid, 131_073)),
        ["dataset: too large (129 KiB; at most 128 KiB)"]
    );
    // Counted in bytes, not characters: 66,000 two-byte characters are over the cap.
    let mut doc = common::dataset(2, 3);
    doc["source"] = json!("é".repeat(66_000));
    let text = doc.to_string();
    assert!(text.chars().count() < 131_072 && text.len() > 131_072);
    assert_eq!(
        problems_of(&text),
        ["dataset: too large (130 KiB; at most 128 KiB)"]
    );
}

#[test]
fn too_large_documents_are_refused_before_parsing() {
    // Broken JSON: at the cap the reader finds the syntax error; one byte over, it never runs.
    let broken = |bytes: usize| format!("{{{}", " ".repeat(bytes - 1));
    assert_eq!(
        problems_of(&broken(131_072)),
        ["line 1, column 131073: expected a quoted member name"]
    );
    assert_eq!(
        problems_of(&broken(131_073)),
        ["dataset: too large (129 KiB; at most 128 KiB)"]
    );
    assert_eq!(
        problems_of(&broken(200_000)),
        ["dataset: too large (196 KiB; at most 128 KiB)"]
    );
}

#[test]
fn nesting_is_refused_past_32_levels_inside_a_dataset() {
    // The dataset object is level 1; an unknown field nests 31 more (32 in all), then 32 more.
    for (inner, expected) in [(31, "x: unknown field"), (32, "line 1, column ")] {
        let mut v = common::dataset(2, 3);
        let mut nested = json!(0);
        for _ in 0..inner {
            nested = json!([nested]);
        }
        v["x"] = nested;
        let found = problems(&v);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with(expected), "{inner}: {found:?}");
        assert_eq!(
            found[0].ends_with("nested too deeply"),
            inner == 32,
            "{found:?}"
        );
    }
}

fn problems_of(text: &str) -> Vec<String> {
    match parse_dataset(text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn reports_every_problem_at_once() {
    rejects(
        |v| {
            v["title"] = json!("");
            v["roles"][1]["name"] = json!(3);
            v["attributes"][2]["values"]
                .as_object_mut()
                .unwrap()
                .remove("beta");
        },
        &[
            "title: empty",
            "roles[1].name: expected a string, found a number",
            "attributes[2].values.beta: missing trait",
        ],
    );
}

#[test]
fn broken_datasets_are_rejected_with_path_and_message() {
    type Edit = fn(&mut Value);
    let cases: &[(Edit, &str)] = &[
        (|v| { v["attributes"][1]["values"].as_object_mut().unwrap().remove("alpha"); }, "attributes[1].values.alpha: missing trait"),
        (|v| { v.as_object_mut().unwrap().remove("version"); }, "version: missing"),
        (|v| v["version"] = json!(2), "version: unsupported version 2 (this widget reads version 1)"),
        (|v| v["version"] = json!("1"), "version: expected a number, found a string"),
        (|v| { v.as_object_mut().unwrap().remove("title"); }, "title: missing"),
        (|v| v["title"] = json!("   "), "title: empty"),
        (|v| v["title"] = json!("x".repeat(81)), "title: too long (81 characters; at most 80)"),
        (|v| v["id"] = json!("Not An Id"), "id: invalid id (use lowercase letters, digits, '-' and '_', starting with a letter or digit)"),
        (|v| v["colour"] = json!("red"), "colour: unknown field (expected one of $schema, version, id, title, lang, source, intro, roles, attributes)"),
        (|v| v["roles"] = json!({}), "roles: expected an array, found an object"),
        (|v| v["roles"][1]["id"] = json!("alpha"), "roles[1].id: duplicate role id \"alpha\""),
        (|v| { v["roles"][0].as_object_mut().unwrap().remove("short"); }, "roles[0].short: missing"),
        (|v| v["roles"][0]["short"] = json!("TOOLONG"), "roles[0].short: too long (7 characters; at most 6)"),
        (|v| v["roles"][0]["colour"] = json!("blue"), "roles[0].colour: expected a colour like \"#0072b2\""),
        (|v| v["roles"][0]["color"] = json!("#000000"), "roles[0].color: unknown field (expected one of id, name, short, description, colour)"),
        (|v| v["roles"][1] = json!("beta"), "roles[1]: expected an object, found a string"),
        (|v| v["attributes"] = json!([]), "attributes: empty (a dataset needs at least one attribute)"),
        (|v| v["attributes"][2]["id"] = json!("attr-0"), "attributes[2].id: duplicate attribute id \"attr-0\""),
        (|v| v["attributes"][1]["values"]["omega"] = json!({"text": "x", "why": "y"}), "attributes[1].values.omega: unknown role (roles are alpha, beta)"),
        (|v| { v["attributes"][1]["values"]["beta"].as_object_mut().unwrap().remove("why"); }, "attributes[1].values.beta.why: missing"),
        (|v| v["attributes"][1]["values"]["beta"]["text"] = json!(null), "attributes[1].values.beta.text: expected a string, found null"),
        (|v| v["attributes"][1]["values"]["beta"]["why"] = json!("w".repeat(401)), "attributes[1].values.beta.why: too long (401 characters; at most 400)"),
        (|v| v["attributes"][1]["values"] = json!([]), "attributes[1].values: expected an object, found an array"),
        (|v| { v["attributes"][1].as_object_mut().unwrap().remove("values"); }, "attributes[1].values: missing"),
        (|v| v["attributes"][0]["shared"]["roles"] = json!(["alpha", "omega"]), "attributes[0].shared.roles[1]: unknown role \"omega\""),
        (|v| v["attributes"][0]["shared"]["roles"] = json!(["alpha"]), "attributes[0].shared.roles: a shared trait needs at least two roles"),
        (|v| v["attributes"][0]["shared"]["roles"] = json!(["alpha", "alpha"]), "attributes[0].shared.roles[1]: duplicate role \"alpha\""),
        (|v| v["attributes"][0]["shared"]["roles"] = json!(["alpha", 2]), "attributes[0].shared.roles[1]: expected a string, found a number"),
        (|v| v["attributes"][1]["question"] = json!(true), "attributes[1].question: expected a string, found a boolean"),
        (|v| *v = json!([1, 2]), "dataset: expected an object, found an array"),
    ];
    assert!(cases.len() >= 25);
    for (edit, expected) in cases {
        let mut value = common::dataset(2, 3);
        edit(&mut value);
        // The named problem comes first; a mistake may have knock-on problems after it.
        assert_eq!(
            problems(&value).first().map(String::as_str),
            Some(*expected),
            "for {value}"
        );
    }
}

#[test]
fn too_many_roles_and_attributes_are_refused() {
    let mut five = common::dataset(4, 1);
    let extra = five["roles"][0].clone();
    five["roles"].as_array_mut().unwrap().push(extra);
    assert!(
        problems(&five).contains(&"roles: 5 roles given; a dataset compares 2 to 4".to_string())
    );
    let mut one = common::dataset(2, 1);
    one["roles"].as_array_mut().unwrap().truncate(1);
    assert_eq!(
        problems(&one)[0],
        "roles: 1 roles given; a dataset compares 2 to 4"
    );
    assert_eq!(
        problems(&common::dataset(2, 41)),
        ["attributes: 41 attributes given; at most 40"]
    );
}

#[test]
fn datasets_of_two_to_four_roles_are_valid() {
    for roles in 2..=4 {
        let value = common::dataset(roles, 5);
        assert_eq!(problems(&value), Vec::<String>::new(), "{roles} roles");
    }
}

#[test]
fn forty_attributes_are_valid_and_forty_one_are_not() {
    assert_eq!(problems(&common::dataset(2, 40)), Vec::<String>::new());
    assert_eq!(problems(&common::dataset(4, 40)), Vec::<String>::new());
    assert_eq!(
        problems(&common::dataset(2, 41)),
        ["attributes: 41 attributes given; at most 40"]
    );
}

/// `/attributes/1/values/alpha` as a problem path: `attributes[1].values.alpha`.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').skip(1) {
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// Every text field, where the schema states its limit: the validator must accept text of
/// exactly that many characters (multi-byte ones, so bytes are not counted instead) and
/// refuse one more. The schema's `$ref`s are followed, so schema and validator cannot drift.
#[test]
fn every_text_limit_holds_at_the_limit_and_one_past_it() {
    let path = format!("{}/data/dataset.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let resolve = |pointer: &str| -> usize {
        let mut at = schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer}"));
        loop {
            if let Some(max) = at.get("maxLength") {
                return max.as_u64().unwrap() as usize;
            }
            let reference = at
                .get("$ref")
                .or_else(|| at.pointer("/allOf/0/$ref"))
                .unwrap_or_else(|| panic!("no maxLength at {pointer}"));
            at = schema
                .pointer(reference.as_str().unwrap().trim_start_matches('#'))
                .unwrap();
        }
    };
    let fields: &[(&str, &str)] = &[
        ("/title", "/properties/title"),
        ("/lang", "/properties/lang"),
        ("/source", "/properties/source"),
        ("/intro", "/properties/intro"),
        ("/roles/1/name", "/properties/roles/items/properties/name"),
        ("/roles/1/short", "/properties/roles/items/properties/short"),
        (
            "/roles/1/description",
            "/properties/roles/items/properties/description",
        ),
        (
            "/attributes/2/name",
            "/properties/attributes/items/properties/name",
        ),
        (
            "/attributes/2/question",
            "/properties/attributes/items/properties/question",
        ),
        (
            "/attributes/2/values/beta/text",
            "/$defs/traitFields/properties/text",
        ),
        (
            "/attributes/2/values/beta/why",
            "/$defs/traitFields/properties/why",
        ),
        (
            "/attributes/2/values/beta/section",
            "/$defs/traitFields/properties/section",
        ),
        (
            "/attributes/0/shared/text",
            "/$defs/traitFields/properties/text",
        ),
        (
            "/attributes/0/shared/why",
            "/$defs/traitFields/properties/why",
        ),
    ];
    let mut limits = Vec::new();
    for &(field, in_schema) in fields {
        let max = resolve(in_schema);
        limits.push(max);
        let mut at_limit = common::dataset(2, 3);
        *pointer_or_insert(&mut at_limit, field) = json!("é".repeat(max));
        assert_eq!(
            problems(&at_limit),
            Vec::<String>::new(),
            "{field} at {max}"
        );
        let mut past = common::dataset(2, 3);
        *pointer_or_insert(&mut past, field) = json!("é".repeat(max + 1));
        assert_eq!(
            problems(&past),
            [format!(
                "{}: too long ({} characters; at most {max})",
                dotted(field),
                max + 1
            )],
            "{field} at {}",
            max + 1
        );
    }
    assert_eq!(
        limits,
        [80, 32, 400, 400, 80, 6, 400, 80, 160, 160, 400, 80, 160, 400]
    );
    // Ids: 32 characters, per the schema's pattern.
    assert_eq!(
        schema["$defs"]["id"]["pattern"],
        "^[a-z0-9][a-z0-9_-]{0,31}$"
    );
    let mut id = common::dataset(2, 3);
    id["id"] = json!("a".repeat(32));
    assert_eq!(problems(&id), Vec::<String>::new());
    id["id"] = json!("a".repeat(33));
    assert_eq!(problems(&id), ["id: too long (33 characters; at most 32)"]);
}

/// The value at a JSON pointer, created as null (in an object) when it is not there yet.
fn pointer_or_insert<'a>(value: &'a mut Value, pointer: &str) -> &'a mut Value {
    let mut at = value;
    for part in pointer.split('/').skip(1) {
        at = match part.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[part],
        };
    }
    at
}

#[test]
fn the_json_schema_states_the_same_limits_as_the_validator() {
    use role_explainer::model::validate::*;
    let path = format!("{}/data/dataset.schema.json", env!("CARGO_MANIFEST_DIR"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let p = &schema["properties"];
    assert_eq!(p["version"]["const"], 1);
    assert_eq!(p["roles"]["minItems"], MIN_ROLES);
    assert_eq!(p["roles"]["maxItems"], MAX_ROLES);
    assert_eq!(p["attributes"]["maxItems"], MAX_ATTRIBUTES);
    assert_eq!(
        p["roles"]["items"]["properties"]["short"]["maxLength"],
        MAX_SHORT_CHARS
    );
    assert_eq!(schema["$defs"]["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(schema["$defs"]["sentence"]["maxLength"], MAX_TEXT_CHARS);
    assert_eq!(
        schema["$defs"]["traitFields"]["properties"]["text"]["maxLength"],
        MAX_NAME_CHARS * 2
    );
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        required,
        [
            "version",
            "id",
            "title",
            "lang",
            "source",
            "roles",
            "attributes"
        ]
    );
}

#[test]
fn role_colours_are_six_hex_digits_after_a_hash() {
    for ok in ["#0072b2", "#0072B2", "#abcdef", "#000000"] {
        rejects(|v| v["roles"][0]["colour"] = json!(ok), &[]);
    }
    for bad in [
        "0072b2",
        "#0072b",
        "#0072bz",
        "x0072b2",
        "#00 72b",
        "#٠٠٧٢b2",
    ] {
        rejects(
            |v| v["roles"][0]["colour"] = json!(bad),
            &["roles[0].colour: expected a colour like \"#0072b2\""],
        );
    }
    rejects(
        |v| v["roles"][0]["colour"] = json!("#0072b2f"),
        &["roles[0].colour: too long (8 characters; at most 7)"],
    );
}

#[test]
fn versions_other_than_1_are_named() {
    for (version, shown) in [
        (json!(2), "2"),
        (json!(-3), "-3"),
        (json!(0), "0"),
        (json!(999_999_999_999_999_i64), "999999999999999"),
        (json!(-999_999_999_999_999_i64), "-999999999999999"),
    ] {
        rejects(
            |v| v["version"] = version,
            &[&format!(
                "version: unsupported version {shown} (this widget reads version 1)"
            )],
        );
    }
    // Fractions and exponents are refused by the reader itself (whole numbers only, so no
    // float parser in the wasm), with the place in the text.
    for version in [json!(1.0), json!(1.5), json!(1e15)] {
        let mut value = common::dataset(2, 3);
        value["version"] = version.clone();
        let problems = problems(&value);
        assert_eq!(problems.len(), 1, "{version}");
        assert!(
            problems[0].ends_with("only whole numbers are allowed"),
            "{version}: {problems:?}"
        );
    }
}

#[test]
fn the_element_script_fetches_every_builtin_dataset_by_the_same_file() {
    use role_explainer::model::builtin::BUILTIN_FILES;
    let script = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/role-explainer.js"
    ))
    .unwrap();
    let listed = script.matches(".json',").count();
    assert_eq!(listed, BUILTIN_FILES.len(), "the element's BUILTIN list");
    for (id, file) in BUILTIN_FILES {
        assert!(
            script.contains(&format!("'{id}': '{file}',")),
            "www/role-explainer.js does not map {id} to {file}"
        );
        let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            parse_dataset(&std::fs::read_to_string(&path).unwrap())
                .unwrap()
                .id
                .as_str(),
            builtin(id).map(|t| parse_dataset(t).unwrap().id).unwrap()
        );
    }
}

#[test]
fn a_builtin_id_resolves_to_its_translation() {
    use role_explainer::model::builtin::builtin_id_in;
    use role_explainer::model::i18n::Lang;
    assert_eq!(
        builtin_id_in("pm-vs-po", Some(Lang::De)),
        Some("pm-vs-po.de")
    );
    assert_eq!(builtin_id_in("pm-vs-po", Some(Lang::Fr)), Some("pm-vs-po"));
    assert_eq!(builtin_id_in("pm-vs-po", None), Some("pm-vs-po"));
    assert_eq!(builtin_id_in("nope", Some(Lang::De)), None);
}
