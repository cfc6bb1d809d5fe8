//! Comparison tables an author already has: pasted from a spreadsheet (tab-separated), a CSV
//! file, or a Markdown table. Each is read into a grid of cells, then checked as a comparison:
//! the header row names the roles, the first column the attributes. The studio turns the
//! result into a dataset draft, which the dataset validator then checks like any other.
//!
//! Writers for the three formats exist so an edited grid can go back to where it came from,
//! and so every reader is tested as "write, then read back the same grid".

use super::json_write::ToJson;
use super::validate::{Problem, MAX_ATTRIBUTES, MAX_ID_CHARS, MAX_ROLES, MIN_ROLES};

/// A paste larger than this is refused before it is read: a comparison is a page of prose.
pub const MAX_PASTE_BYTES: usize = 256 * 1024;

/// Rows of cells, as written (a reader keeps ragged rows; [`comparison`] names them).
pub type Grid = Vec<Vec<String>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    /// Tab-separated, as spreadsheets put on the clipboard (cells with tabs, line breaks or a
    /// leading quote come quoted, as in CSV).
    Tsv,
    /// Comma-separated (RFC 4180: quoted cells may hold commas, quotes and line breaks).
    Csv,
    /// A Markdown pipe table with its `|---|` separator row.
    Markdown,
}

/// The format a pasted text is in: a Markdown table if its second line is a separator row,
/// tab-separated if it has a tab, CSV otherwise.
pub fn detect(text: &str) -> TableFormat {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    if first.contains('|') && lines.next().is_some_and(is_separator_row) {
        TableFormat::Markdown
    } else if text.contains('\t') {
        TableFormat::Tsv
    } else {
        TableFormat::Csv
    }
}

/// Reads a pasted table in whichever format it is in.
pub fn parse_table(text: &str) -> Result<(TableFormat, Grid), Problem> {
    if text.len() > MAX_PASTE_BYTES {
        return Err(problem(
            "paste",
            format!(
                "too large ({} KiB; at most {} KiB)",
                text.len().div_ceil(1024),
                MAX_PASTE_BYTES / 1024
            ),
        ));
    }
    let text = text.trim_start_matches('\u{feff}');
    let format = detect(text);
    let grid = match format {
        TableFormat::Tsv => parse_delimited(text, '\t')?,
        TableFormat::Csv => parse_delimited(text, ',')?,
        TableFormat::Markdown => parse_markdown(text)?,
    };
    Ok((format, grid))
}

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        message: message.into(),
    }
}

/// Reads CSV (`,`) or spreadsheet TSV (`\t`). A cell that starts with `"` is quoted: it runs to
/// the next lone `"`, and `""` inside it is one quote. Lines end with `\n` or `\r\n`; blank
/// lines are skipped.
pub fn parse_delimited(text: &str, delimiter: char) -> Result<Grid, Problem> {
    let mut grid = Grid::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut at_cell_start = true;
    // Whether the current row has any content yet (a blank line is no row at all).
    let mut row_started = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_cell_start => {
                let opened = line;
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            cell.push(c);
                        }
                        None => {
                            return Err(problem(
                                format!("line {opened}"),
                                "a quoted cell is never closed (a \" is missing)",
                            ))
                        }
                    }
                }
                at_cell_start = false;
                row_started = true;
            }
            c if c == delimiter => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
                row_started = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if row_started {
                    row.push(std::mem::take(&mut cell));
                    grid.push(std::mem::take(&mut row));
                }
                line += 1;
                at_cell_start = true;
                row_started = false;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
                row_started = true;
            }
        }
    }
    if row_started {
        row.push(cell);
        grid.push(row);
    }
    Ok(grid)
}

/// A Markdown separator row such as `|---|:--:|`.
fn is_separator_row(line: &str) -> bool {
    let cells = markdown_cells(line);
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim();
            c.contains('-') && c.chars().all(|ch| matches!(ch, '-' | ':'))
        })
}

/// The cells of one Markdown table line, unescaped (`\|` is a pipe, `\\` a backslash).
fn markdown_cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars();
    let mut closed = false;
    while let Some(c) = chars.next() {
        closed = false;
        match c {
            '\\' => match chars.next() {
                Some(next @ ('|' | '\\')) => cell.push(next),
                Some(next) => {
                    cell.push('\\');
                    cell.push(next);
                }
                None => cell.push('\\'),
            },
            '|' => {
                cells.push(cell.trim().to_string());
                cell.clear();
                closed = true;
            }
            c => cell.push(c),
        }
    }
    // A line may or may not end with `|`.
    if !closed || !cell.trim().is_empty() {
        cells.push(cell.trim().to_string());
    }
    cells
}

/// Reads a Markdown pipe table: a header line, a separator row, then one line per row.
pub fn parse_markdown(text: &str) -> Result<Grid, Problem> {
    let mut grid = Grid::new();
    let mut separator_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if grid.len() == 1 && !separator_seen {
            if !is_separator_row(line) {
                return Err(problem(
                    format!("line {}", i + 1),
                    "a Markdown table needs a separator row such as |---|---| under its header",
                ));
            }
            separator_seen = true;
            continue;
        }
        grid.push(markdown_cells(line));
    }
    Ok(grid)
}

/// Writes CSV (`,`) or spreadsheet TSV (`\t`), quoting only the cells that need it.
pub fn write_delimited(grid: &Grid, delimiter: char) -> String {
    let mut out = String::new();
    for row in grid {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(delimiter);
            }
            let quote = cell.starts_with('"')
                || cell.contains([delimiter, '\n', '\r'])
                || (cell.contains('"') && delimiter == ',');
            if quote {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push('\n');
    }
    out
}

/// Writes a Markdown pipe table (the first row is the header). Cells cannot hold line breaks
/// in Markdown: a break becomes a space.
pub fn write_markdown(grid: &Grid) -> String {
    let escape = |cell: &str| {
        cell.replace('\\', "\\\\")
            .replace('|', "\\|")
            .replace(['\r', '\n'], " ")
    };
    let mut out = String::new();
    for (r, row) in grid.iter().enumerate() {
        out.push('|');
        for cell in row {
            out.push(' ');
            out.push_str(&escape(cell));
            out.push_str(" |");
        }
        out.push('\n');
        if r == 0 {
            out.push('|');
            for _ in row {
                out.push_str(" --- |");
            }
            out.push('\n');
        }
    }
    out
}

/// A grid read as a comparison: role names from the header, and per attribute its name and
/// one cell per role (empty cells are kept; the dataset validator names them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub roles: Vec<String>,
    pub attributes: Vec<(String, Vec<String>)>,
}

/// Checks a grid as a comparison, naming every problem with its row and column (1-based, as a
/// spreadsheet shows them).
pub fn comparison(grid: &Grid) -> Result<Comparison, Vec<Problem>> {
    let Some(header) = grid.first() else {
        return Err(vec![problem(
            "table",
            "empty: paste a header row and one row per attribute",
        )]);
    };
    let mut problems = Vec::new();
    let roles: Vec<String> = header
        .iter()
        .skip(1)
        .map(|c| c.trim().to_string())
        .collect();
    if !(MIN_ROLES..=MAX_ROLES).contains(&roles.len()) {
        problems.push(problem(
            "row 1",
            format!(
                "{} roles in the header; a comparison has {MIN_ROLES} to {MAX_ROLES} (the first column holds the attribute names)",
                roles.len()
            ),
        ));
    }
    for (i, role) in roles.iter().enumerate() {
        if role.is_empty() {
            problems.push(problem(
                format!("row 1, column {}", i + 2),
                "empty role name",
            ));
        }
    }
    let rows = &grid[1..];
    if rows.is_empty() {
        problems.push(problem(
            "table",
            "no attributes: add one row per attribute under the header",
        ));
    }
    if rows.len() > MAX_ATTRIBUTES {
        problems.push(problem(
            "table",
            format!("{} attributes; at most {MAX_ATTRIBUTES}", rows.len()),
        ));
    }
    let mut attributes = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let at = r + 2;
        if row.len() != header.len() {
            problems.push(problem(
                format!("row {at}"),
                format!("{} cells; the header has {}", row.len(), header.len()),
            ));
            continue;
        }
        let name = row[0].trim().to_string();
        if name.is_empty() {
            problems.push(problem(
                format!("row {at}, column 1"),
                "empty attribute name",
            ));
        }
        let cells = row[1..].iter().map(|c| c.trim().to_string()).collect();
        attributes.push((name, cells));
    }
    if problems.is_empty() {
        Ok(Comparison { roles, attributes })
    } else {
        Err(problems)
    }
}

/// An id from a name: lower-case ASCII letters, digits and `-`, unique among `taken`.
pub fn slug(name: &str, fallback: &str, taken: &[String]) -> String {
    let mut base = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à'..='å' => "a",
            'ç' => "c",
            'è'..='ë' => "e",
            'ì'..='ï' => "i",
            'ñ' => "n",
            'ò'..='ö' | 'ø' => "o",
            'ù'..='ü' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            _ => "",
        };
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !plain.is_empty() {
            base.push_str(plain);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let mut base: String = base
        .trim_end_matches('-')
        .chars()
        .take(MAX_ID_CHARS - 3)
        .collect();
    base = base.trim_end_matches('-').to_string();
    if base.is_empty() {
        base = fallback.to_string();
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A role's short label: the initials of its name (`Product Manager` → `PM`), at most 4.
fn short_label(name: &str) -> String {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .take(4)
        .collect();
    if initials.is_empty() {
        name.chars().take(4).collect()
    } else {
        initials
    }
}

/// The comparison as a dataset document (JSON). The "why" lines are left empty for the author
/// to write: until they are, the validator names each one.
pub fn draft_json(c: &Comparison, id: &str, title: &str, lang: &str, source: &str) -> String {
    let mut role_ids: Vec<String> = Vec::new();
    for (i, name) in c.roles.iter().enumerate() {
        let id = slug(name, &format!("role-{}", i + 1), &role_ids);
        role_ids.push(id);
    }
    let mut out = String::from("{\n  \"version\": 1,\n");
    for (key, value) in [
        ("id", id),
        ("title", title),
        ("lang", lang),
        ("source", source),
    ] {
        out.push_str(&format!("  \"{key}\": {},\n", value.to_json()));
    }
    out.push_str("  \"roles\": [\n");
    for (i, (name, rid)) in c.roles.iter().zip(&role_ids).enumerate() {
        let sep = if i + 1 < role_ids.len() { "," } else { "" };
        out.push_str(&format!(
            "    {{ \"id\": {}, \"name\": {}, \"short\": {}, \"description\": {} }}{sep}\n",
            rid.to_json(),
            name.to_json(),
            short_label(name).to_json(),
            name.to_json()
        ));
    }
    out.push_str("  ],\n  \"attributes\": [\n");
    let mut attribute_ids: Vec<String> = Vec::new();
    for (a, (name, cells)) in c.attributes.iter().enumerate() {
        let aid = slug(name, &format!("attribute-{}", a + 1), &attribute_ids);
        out.push_str(&format!(
            "    {{ \"id\": {}, \"name\": {}, \"values\": {{\n",
            aid.to_json(),
            name.to_json()
        ));
        attribute_ids.push(aid);
        for (i, (rid, cell)) in role_ids.iter().zip(cells).enumerate() {
            let sep = if i + 1 < role_ids.len() { "," } else { "" };
            out.push_str(&format!(
                "      {}: {{ \"text\": {}, \"why\": \"\" }}{sep}\n",
                rid.to_json(),
                cell.to_json()
            ));
        }
        let sep = if a + 1 < c.attributes.len() { "," } else { "" };
        out.push_str(&format!("    }} }}{sep}\n"));
    }
    out.push_str("  ]\n}\n");
    out
}
