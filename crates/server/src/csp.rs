//! The Content-Security-Policy for the app: strict, with no `'unsafe-inline'`. Trunk puts an
//! inline `<script type="module">` into `index.html` to start the wasm, so the policy allows
//! exactly the inline scripts of the built page by their SHA-256 hash, found once at start-up.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The policy for the pages of every app served (the youngster's and the coach's `index.html`):
/// each inline script of each page is allowed by its hash, and nothing else inline (none at all
/// without pages).
pub fn for_pages(pages: &[&str]) -> String {
    let mut hashes: Vec<String> = Vec::new();
    for script in pages.iter().flat_map(|page| inline_scripts(page)) {
        let hash = script_hash(script);
        if !hashes.contains(&hash) {
            hashes.push(hash);
        }
    }
    policy(&hashes)
}

/// The policy text; `script_hashes` are CSP source expressions such as `'sha256-…'`.
pub fn policy(script_hashes: &[String]) -> String {
    let mut script_src = String::from("script-src 'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        script_src.push(' ');
        script_src.push_str(hash);
    }
    [
        "default-src 'self'",
        &script_src,
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    .join("; ")
}

/// `'sha256-<base64>'` of a script's text as the browser sees it: the HTML parser turns CR LF and
/// lone CR into LF before the script text exists, so a page saved with Windows line endings
/// still matches.
pub fn script_hash(script: &str) -> String {
    let text = script.replace("\r\n", "\n").replace('\r', "\n");
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The text of every inline `<script>` element (one without a `src` attribute), exactly as it
/// stands in the page, in document order. Scripts inside HTML comments are not scripts.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    // ASCII lowercasing keeps every byte offset, so positions found in `lower` slice `html`.
    let lower = html.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut position = 0;
    while let Some(offset) = lower[position..].find('<') {
        let start = position + offset;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => position = start + end + "-->".len(),
                None => break,
            }
            continue;
        }
        let name_end = start + "<script".len();
        let is_script_tag = rest.starts_with("<script")
            && lower
                .as_bytes()
                .get(name_end)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/');
        if !is_script_tag {
            position = start + 1;
            continue;
        }
        let Some(tag) = OpenTag::parse(&lower[name_end..]) else {
            break;
        };
        let text_start = name_end + tag.len;
        let Some(text_len) = lower[text_start..].find("</script") else {
            break;
        };
        if !tag.has_src {
            scripts.push(&html[text_start..text_start + text_len]);
        }
        position = text_start + text_len;
    }
    scripts
}

/// The attributes of a `<script` open tag, read up to and including its `>`.
struct OpenTag {
    len: usize,
    has_src: bool,
}

impl OpenTag {
    /// `tag` starts right after `<script` and is lowercase; `None` when the tag never ends.
    fn parse(tag: &str) -> Option<OpenTag> {
        let bytes = tag.as_bytes();
        let skip = |mut i: usize, while_: &dyn Fn(u8) -> bool| {
            while i < bytes.len() && while_(bytes[i]) {
                i += 1;
            }
            i
        };
        let mut has_src = false;
        let mut i = 0;
        loop {
            i = skip(i, &|b| b.is_ascii_whitespace() || b == b'/');
            if *bytes.get(i)? == b'>' {
                return Some(OpenTag {
                    len: i + 1,
                    has_src,
                });
            }
            let name_start = i;
            i = skip(i, &|b| {
                !(b.is_ascii_whitespace() || b == b'=' || b == b'>' || b == b'/')
            });
            has_src |= &tag[name_start..i] == "src";
            i = skip(i, &|b| b.is_ascii_whitespace());
            if bytes.get(i) == Some(&b'=') {
                i = skip(i + 1, &|b| b.is_ascii_whitespace());
                match *bytes.get(i)? {
                    quote @ (b'"' | b'\'') => {
                        i += 1 + tag[i + 1..].find(quote as char)? + 1;
                    }
                    _ => i = skip(i, &|b| !(b.is_ascii_whitespace() || b == b'>')),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_SCRIPT: &str = "\nimport init, * as bindings from '/start-to-can-b38e13dfac7c30cf.js';\nconst wasm = await init({ module_or_path: '/start-to-can-b38e13dfac7c30cf_bg.wasm' });\nwindow.wasmBindings = bindings;\n";

    fn trunk_page() -> String {
        format!(
            "<!doctype html><html><head><title>Start To Can</title>\
             <link rel=\"stylesheet\" href=\"/main-7b04f10335908f23.css\"/>\n\
             <script type=\"module\">{TRUNK_SCRIPT}</script>\n\
             <link rel=\"modulepreload\" href=\"/start-to-can-b38e13dfac7c30cf.js\" crossorigin=\"anonymous\">\
             </head><body></body></html>"
        )
    }

    #[test]
    fn the_trunk_module_script_is_found_with_its_exact_text() {
        assert_eq!(inline_scripts(&trunk_page()), vec![TRUNK_SCRIPT]);
    }

    #[test]
    fn a_script_with_several_attributes_and_odd_spelling_is_found() {
        let html = "<SCRIPT type='module' data-note=\"a > b\" nomodule>run()</Script >";
        assert_eq!(inline_scripts(html), vec!["run()"]);
    }

    #[test]
    fn a_script_with_a_src_attribute_is_ignored() {
        let html = "<script src=\"/sw-register.js\"></script><script type=module SRC=/x.js></script><script>inline()</script>";
        assert_eq!(inline_scripts(html), vec!["inline()"]);
    }

    #[test]
    fn an_attribute_merely_containing_src_does_not_count_as_src() {
        let html = "<script data-src=\"x\">kept()</script>";
        assert_eq!(inline_scripts(html), vec!["kept()"]);
    }

    #[test]
    fn scripts_in_comments_and_similar_tag_names_are_not_scripts() {
        let html = "<!-- <script>old()</script> --><scripts>no</scripts><noscript>hi</noscript>";
        assert!(inline_scripts(html).is_empty());
    }

    #[test]
    fn an_unterminated_script_is_not_hashed() {
        assert!(inline_scripts("<script>never_closed()").is_empty());
        assert!(inline_scripts("<script type=\"module").is_empty());
    }

    #[test]
    fn the_hash_is_the_base64_sha256_of_the_script_text() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn windows_line_endings_hash_like_the_browser_sees_them() {
        assert_eq!(script_hash("a()\r\nb()\rc()"), script_hash("a()\nb()\nc()"));
    }

    #[test]
    fn the_policy_allows_each_inline_script_by_hash_and_nothing_unsafe() {
        let policy = for_pages(&[&trunk_page()]);
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src "))
            .unwrap();
        assert_eq!(
            script_src,
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {}",
                script_hash(TRUNK_SCRIPT)
            )
        );
        assert!(!policy.contains("'unsafe-inline'"));
        assert!(!policy.contains("'unsafe-eval'"));
    }

    #[test]
    fn the_inline_scripts_of_both_apps_pages_are_allowed() {
        let coach = "<script type=\"module\">import init from '/coach/stc-coach-1.js';</script>";
        let policy = for_pages(&[&trunk_page(), coach]);
        assert!(policy.contains(&script_hash(TRUNK_SCRIPT)), "{policy}");
        assert!(
            policy.contains(&script_hash("import init from '/coach/stc-coach-1.js';")),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 2);
    }

    #[test]
    fn the_same_script_twice_is_listed_once() {
        let policy = for_pages(&["<script>a()</script><script>a()</script>"]);
        assert_eq!(policy.matches("'sha256-").count(), 1);
    }

    #[test]
    fn without_an_index_page_the_policy_has_no_hashes() {
        assert_eq!(
            for_pages(&[]),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        );
    }
}
