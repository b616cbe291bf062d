//! Puts a rendered widget into each mount point of a page's HTML: every
//! element with a `data-partner-calc` attribute, numbered from 0 in the
//! order of the page as the page's entry point numbers them (the number
//! prefixes the widget's element ids), gets the HTML that `render(vendor,
//! uid)` returns after what it holds (its `<noscript>`), and a
//! `data-prerendered` attribute, which the app removes when it takes over.
//!
//! The page is this project's own `index.html` after Trunk: a scan of its
//! tags is enough (no comment or script holds a mount point's tag).

/// The attribute that marks a mount point.
const MOUNT: &str = "data-partner-calc";
/// The attribute that marks a prerendered mount point.
pub const PRERENDERED: &str = "data-prerendered";

/// A start tag: where it begins and ends (after its `>`), its name and
/// attributes (values as written; a bare attribute's value is empty).
struct Tag {
    start: usize,
    end: usize,
    name: String,
    attrs: Vec<(String, String)>,
}

/// `html` with `render(vendor, uid)` in each mount point; an error names
/// what stops it (no mount point, one already prerendered, one not closed).
pub fn splice(html: &str, render: impl Fn(&str, usize) -> String) -> Result<String, String> {
    let mut out = String::with_capacity(html.len() + 16_384);
    let mut done = 0;
    let mut uid = 0;
    let mut at = 0;
    while let Some(tag) = next_tag(html, at) {
        at = tag.end;
        let attr = |name: &str| tag.attrs.iter().find(|(n, _)| n == name);
        if attr(MOUNT).is_none() {
            continue;
        }
        if attr(PRERENDERED).is_some() {
            return Err(format!("mount point {uid} is prerendered already"));
        }
        let vendor = attr("data-vendor").map(|(_, v)| v.as_str()).unwrap_or("");
        let close =
            closing(html, &tag).ok_or_else(|| format!("mount point {uid} is not closed"))?;
        // The start tag, marked: `<div data-partner-calc …` + ` data-prerendered>`.
        let gt = tag.end - 1;
        out.push_str(&html[done..gt]);
        out.push(' ');
        out.push_str(PRERENDERED);
        out.push_str(&html[gt..close]);
        out.push_str(&render(vendor, uid));
        done = close;
        at = close;
        uid += 1;
    }
    if uid == 0 {
        return Err(format!("no element with {MOUNT}"));
    }
    out.push_str(&html[done..]);
    Ok(out)
}

/// Where the end tag of `open` begins (same-named elements inside counted).
fn closing(html: &str, open: &Tag) -> Option<usize> {
    let end = format!("</{}", open.name);
    let mut depth = 1;
    let mut at = open.end;
    loop {
        let close = find_tag_name(html, at, &end)?;
        // Elements of the same name opened before that end tag.
        while let Some(inner) = next_tag(html, at).filter(|t| t.start < close) {
            at = inner.end;
            if inner.name == open.name {
                depth += 1;
            }
        }
        depth -= 1;
        if depth == 0 {
            return Some(close);
        }
        at = close + end.len();
    }
}

/// The first `</name` at or after `from` that ends there (`</div>`, not `</divx>`).
fn find_tag_name(html: &str, from: usize, name: &str) -> Option<usize> {
    let lower = html.to_ascii_lowercase();
    let mut at = from;
    loop {
        let i = at + lower[at..].find(name)?;
        let next = lower[i + name.len()..].chars().next();
        if next.is_none_or(|c| c == '>' || c.is_ascii_whitespace()) {
            return Some(i);
        }
        at = i + name.len();
    }
}

/// The next start tag at or after `from` (comments, end tags and
/// declarations skipped).
fn next_tag(html: &str, from: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let mut at = from;
    loop {
        let start = at + html[at..].find('<')?;
        if html[start..].starts_with("<!--") {
            at = start + 4 + html[start + 4..].find("-->")? + 3;
            continue;
        }
        let name_len = html[start + 1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(html.len() - start - 1);
        if name_len == 0 || !bytes[start + 1].is_ascii_alphabetic() {
            at = start + 1;
            continue;
        }
        let name = html[start + 1..start + 1 + name_len].to_ascii_lowercase();
        let (attrs, end) = attributes(html, start + 1 + name_len)?;
        return Some(Tag {
            start,
            end,
            name,
            attrs,
        });
    }
}

/// The attributes from `from` to the tag's `>`, and where the tag ends.
fn attributes(html: &str, from: usize) -> Option<(Vec<(String, String)>, usize)> {
    let mut attrs = Vec::new();
    let mut rest = &html[from..];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('>') {
            return Some((attrs, html.len() - after.len()));
        }
        let name_len = rest.find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>')?;
        if name_len == 0 {
            return None;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        rest = rest[name_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, left) = match after.chars().next()? {
                q @ ('"' | '\'') => {
                    let close = after[1..].find(q)?;
                    (&after[1..1 + close], &after[close + 2..])
                }
                _ => {
                    let len = after
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    (&after[..len], &after[len..])
                }
            };
            value = v.to_string();
            rest = left;
        }
        attrs.push((name, value));
    }
}
