//! A small CSS minifier for the widget's stylesheet, which ships inside the
//! wasm: drops comments and the whitespace that carries no meaning.

/// `css` without comments, line breaks and the spaces around `{};,>` and after `:`.
pub fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        // A space before `:` stays (`a :hover` is not `a:hover`); after it, it goes.
        let before = matches!(c, '{' | '}' | ';' | ',' | '>');
        let after = out.ends_with(['{', '}', ';', ',', '>', ':']);
        if space && !out.is_empty() && !before && !after {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
