//! The web pages in a real browser: Debian's chromium driven over WebDriver (chromedriver,
//! started here on a free port) against the pages served on loopback, with a small
//! OpenAI-compatible upstream. axe-core (tests/browser/node_modules, installed by
//! scripts/setup) is injected into every page; no serious or critical violation may remain.
//! Screenshots of the main pages go to `test-artifacts/screenshots/`.
//!
//! One test drives one browser through every scenario in turn: the machine has two cores, and
//! several chromium instances at once would make the timing figures meaningless.

mod support;

use fantoccini::Locator;
use serde_json::json;
use support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_in_a_real_browser() {
    let world = World::start().await;
    let b = Browser::start().await;
    let c = &b.client;

    // --- The check page, anonymous: paste, check, see findings and level ------------------
    c.goto(&world.url("/")).await.unwrap();
    assert_eq!(c.title().await.unwrap(), "Granska text – vakt");
    let lang: String = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, "sv");
    axe(&b, "check page (empty)").await;
    shot(&b, "check-empty").await;

    let pnr = personnummer("850314", "123");
    let text = format!(
        "Hej! Jag skriver om Anna Lindqvist, personnummer {pnr}, som bor på Storgatan 12 i Göteborg. \
         Hon nås på 070-123 45 67 eller anna.lindqvist@example.se."
    );
    set_value(&b, "text", &text).await;
    c.find(Locator::Id("check-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Css("#result [data-level]"))
        .await
        .expect("the result shows a level");
    let level: String = b
        .js("return document.querySelector('#result [data-level]').getAttribute('data-level')")
        .await;
    assert_eq!(level, "2", "a personnummer gives level 2");
    let level_text: String = b
        .js("return document.querySelector('#result [data-level]').textContent")
        .await;
    assert!(level_text.contains("Betydande"), "{level_text}");
    let cats: Vec<String> = b
        .js_json("return Array.from(document.querySelectorAll('#marked-text [data-category]')).map(e => e.getAttribute('data-category'))")
        .await;
    assert!(cats.iter().any(|c| c == "personnummer"), "{cats:?}");
    assert!(cats.iter().any(|c| c == "email"), "{cats:?}");
    assert!(cats.iter().any(|c| c == "phone"), "{cats:?}");
    let marked_pnr: String = b
        .js("return document.querySelector('#marked-text [data-category=personnummer]').textContent")
        .await;
    assert_eq!(marked_pnr, pnr, "the personnummer itself is marked");
    let masked: String = b.js("return document.getElementById('masked').value").await;
    assert!(
        !masked.contains(&pnr),
        "the masked version hides the personnummer: {masked}"
    );
    let focused: String = b.js("return document.activeElement.id").await;
    assert_eq!(
        focused, "result-h",
        "focus moves to the result for screen readers"
    );
    let systems: Vec<String> = b
        .js_json("return Array.from(document.querySelectorAll('#result li[data-system]')).map(e => e.getAttribute('data-system') + '=' + e.getAttribute('data-allowed'))")
        .await;
    assert!(
        systems.contains(&"public-chat=masked".to_string()),
        "{systems:?}"
    );
    axe(&b, "check page (result)").await;
    b.js("document.getElementById('result-section').scrollIntoView(); return ''")
        .await;
    shot(&b, "check-result").await;

    // --- 20 KB: result visible within 300 ms of the click, measured in the browser ---------
    let big = synthetic_text(20 * 1024);
    set_value(&b, "text", &big).await;
    let mut times = Vec::new();
    for _ in 0..6 {
        let ms: f64 = b.js_async_f64(MEASURE_CHECK).await;
        times.push(ms);
    }
    let server: String = b
        .client
        .execute_async(
            "var done = arguments[arguments.length - 1]; var fd = new FormData(document.getElementById('check-form'));\
             fetch('/', {method: 'POST', body: fd, headers: {'x-vakt-fragment': '1'}}).then(r => done(r.headers.get('server-timing')));",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or("")
        .to_string();
    eprintln!("BROWSER-TIMING server side: {server}");
    let warm = &mut times[1..].to_vec();
    warm.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = warm[warm.len() / 2];
    let max = *warm.last().unwrap();
    eprintln!(
        "BROWSER-TIMING check page, {} bytes: first {:.1} ms, median {:.1} ms, max {:.1} ms (runs {:?})",
        big.len(),
        times[0],
        median,
        max,
        times
    );
    save_artifact(
        if cfg!(debug_assertions) { "check-timing-debug.txt" } else { "check-timing-release.txt" },
        format!("check page, {} bytes, click -> result visible: first {:.1} ms, median {:.1} ms, max {:.1} ms\nserver side: {server}\n", big.len(), times[0], median, max),
    );
    // The product figure (< 300 ms) is for an optimised build; the test suite runs unoptimised
    // code (the policy's masking alone takes ~100 ms there), so it gets a looser bound that
    // still catches a result that is slow for real.
    let bound = if cfg!(debug_assertions) {
        1000.0
    } else {
        300.0
    };
    assert!(
        median < bound,
        "median {median:.1} ms for a 20 KB text (bound {bound} ms)"
    );

    // --- English by choice -----------------------------------------------------------------
    c.goto(&world.url("/register?lang=en")).await.unwrap();
    let lang: String = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, "en");
    c.goto(&world.url("/register")).await.unwrap();
    let lang: String = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, "en", "the choice is kept in a cookie");
    c.goto(&world.url("/register?lang=sv")).await.unwrap();

    // --- The register, readable by everyone -------------------------------------------------
    let approved: String = b
        .js("return document.querySelector('[data-system=public-chat] [data-approved-level]').getAttribute('data-approved-level')")
        .await;
    assert_eq!(approved, "0");
    axe(&b, "register").await;
    shot(&b, "register").await;

    // --- Login page ---------------------------------------------------------------------------
    c.goto(&world.url("/login")).await.unwrap();
    axe(&b, "login").await;
    shot(&b, "login").await;
    c.find(Locator::Id("key"))
        .await
        .unwrap()
        .send_keys("fel-nyckel")
        .await
        .unwrap();
    c.find(Locator::Css("#login-form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // the form posts and a new page loads: wait for it (a loaded machine is slow to render)
    c.wait()
        .for_element(Locator::Css(".notice.error"))
        .await
        .expect("the login page answers with an error notice");
    let err: String = b
        .js("return document.querySelector('.notice.error').textContent")
        .await;
    assert!(err.contains("Nyckeln gäller inte"), "{err}");

    // --- Chat with masking: the upstream never sees the personnummer -----------------------
    login(&b, &world, &world.user_key).await;
    c.goto(&world.url("/chat")).await.unwrap();
    axe(&b, "chat (empty)").await;
    let chat_text = format!(
        "Skriv ett kort brev till Anna Lindqvist med personnummer {pnr} om hennes ansökan."
    );
    b.client
        .execute(
            "document.getElementById('system').value = 'public-chat';",
            vec![],
        )
        .await
        .unwrap();
    set_value(&b, "message", &chat_text).await;
    c.find(Locator::Css("#chat-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Css("#chat-log .msg.assistant[data-done=true]"))
        .await
        .expect("the streamed answer completes");
    let decision: String = b.js("return document.querySelector('#chat-log .msg.assistant').getAttribute('data-decision')").await;
    assert_eq!(decision, "masked");
    let label: String = b
        .js("return document.querySelector('#chat-log .msg.assistant .label').textContent")
        .await;
    assert_eq!(label, "AI-genererat utkast");
    let answer: String = b
        .js("return document.querySelector('#chat-log .msg.assistant .text').textContent")
        .await;
    assert!(answer.starts_with("Utkast till svar om:"), "{answer}");
    assert!(
        answer.contains(&pnr),
        "the placeholders are restored in the answer: {answer}"
    );
    let saw = world.upstream_saw();
    assert!(
        !saw.contains(&pnr),
        "the personnummer never reached the upstream: {saw}"
    );
    assert!(
        saw.contains("PERSONNUMMER"),
        "the upstream got the placeholder: {saw}"
    );
    let copy_label: String = b.js("return document.querySelector('#chat-log .msg.assistant button.copy').getAttribute('data-label')").await;
    assert!(
        copy_label.starts_with("AI-genererat utkast"),
        "{copy_label}"
    );
    axe(&b, "chat (answer)").await;
    shot(&b, "chat-masked").await;

    // --- A refusal explains itself and offers the masked text --------------------------------
    let before = world.upstream.received.lock().unwrap().len();
    b.client
        .execute("var s = document.getElementById('system'); s.value = 'strict-chat'; s.dispatchEvent(new Event('change'));", vec![])
        .await
        .unwrap();
    set_value(&b, "message", &chat_text).await;
    c.find(Locator::Css("#chat-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Css("#chat-log .refusal"))
        .await
        .expect("a refusal is shown");
    assert_eq!(
        world.upstream.received.lock().unwrap().len(),
        before,
        "a refusal never reaches the upstream"
    );
    let rules: String = b
        .js("return document.querySelector('#chat-log .refusal').getAttribute('data-refusal')")
        .await;
    assert!(!rules.trim().is_empty(), "the refusal names its rules");
    let refusal_text: String = b
        .js("return document.querySelector('#chat-log .refusal').textContent")
        .await;
    for r in rules.split_whitespace() {
        assert!(
            refusal_text.contains(r),
            "rule {r} is shown: {refusal_text}"
        );
    }
    let preview: String = b
        .js("return document.querySelector('#chat-log .refusal .masked-preview').textContent")
        .await;
    assert!(
        !preview.contains(&pnr) && preview.contains("PERSONNUMMER"),
        "{preview}"
    );
    axe(&b, "chat (refusal)").await;
    shot(&b, "chat-refusal").await;
    c.find(Locator::Css("#chat-log .refusal button.send-masked"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(
        &b,
        "return document.querySelectorAll('#chat-log .msg.assistant[data-done=true]').length === 2",
        "the masked text is answered",
    )
    .await;
    assert_eq!(
        world.upstream.received.lock().unwrap().len(),
        before + 1,
        "the masked text was sent once"
    );
    let saw = world.upstream_saw();
    assert!(!saw.contains(&pnr), "{saw}");

    // --- An employee sees only their own records ---------------------------------------------
    c.goto(&world.url("/records")).await.unwrap();
    let users: Vec<String> = b
        .js_json("return Array.from(document.querySelectorAll('#records-table tbody tr td:nth-child(3)')).map(e => e.textContent)")
        .await;
    assert!(
        !users.is_empty() && users.iter().all(|u| u == "anna"),
        "{users:?}"
    );
    axe(&b, "records (employee)").await;
    c.goto(&world.url("/incidents")).await.unwrap();
    let h1: String = b
        .js("return document.querySelector('h1').textContent")
        .await;
    assert_eq!(h1, "Ingen behörighet");
    logout(&b).await;

    // --- The registrar: search, view, export with masking -----------------------------------
    login(&b, &world, &world.registrar_key).await;
    c.goto(&world.url("/records?decision=refused"))
        .await
        .unwrap();
    let decisions: Vec<String> = b
        .js_json("return Array.from(document.querySelectorAll('#records-table tbody tr')).map(e => e.getAttribute('data-decision'))")
        .await;
    assert!(
        !decisions.is_empty() && decisions.iter().all(|d| d == "refused"),
        "{decisions:?}"
    );
    axe(&b, "records (registrar)").await;
    shot(&b, "records-registrar").await;
    c.goto(&world.url("/records")).await.unwrap();
    c.find(Locator::Css("#records-table tbody tr td a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Id("record"))
        .await
        .expect("a record view");
    axe(&b, "record view").await;
    shot(&b, "record").await;
    c.goto(&world.url("/records")).await.unwrap();
    let href: String = b
        .js("return document.getElementById('export-jsonl-masked').getAttribute('href')")
        .await;
    let exported: String = b
        .client
        .execute_async(
            "var done = arguments[arguments.length - 1]; fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERR ' + e));",
            vec![json!(href)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    let lines: Vec<serde_json::Value> = exported
        .lines()
        .map(|l| serde_json::from_str(l).expect(l))
        .collect();
    assert!(lines.len() >= 3, "{exported}");
    for l in &lines {
        for k in [
            "id",
            "created_at",
            "authority",
            "user",
            "system",
            "decision",
            "level",
            "request",
            "sent",
            "response",
        ] {
            assert!(l.get(k).is_some(), "field {k} in {l}");
        }
    }
    assert!(
        !exported.contains(&pnr),
        "the masked export hides the personnummer"
    );
    assert!(exported.contains("PERSONNUMMER"), "{exported}");
    let unmasked: String = b
        .client
        .execute_async(
            "var done = arguments[arguments.length - 1]; fetch('/records/export?format=jsonl', {credentials: 'same-origin'}).then(r => r.text()).then(done);",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        unmasked.contains(&pnr),
        "the unmasked export has the request as sent"
    );
    save_artifact("export-masked.jsonl", &exported);
    c.goto(&world.url("/stats")).await.unwrap();
    let bars: usize = b
        .js("return String(document.querySelectorAll('svg.bars rect').length)")
        .await
        .parse()
        .unwrap();
    assert!(bars >= 1, "the chart has bars");
    axe(&b, "statistics").await;
    shot(&b, "stats").await;
    logout(&b).await;

    // --- The administrator: incidents per authority -------------------------------------------
    login(&b, &world, &world.admin_key).await;
    c.goto(&world.url("/incidents")).await.unwrap();
    let kinds: Vec<String> = b
        .js_json("return Array.from(document.querySelectorAll('#incidents-table tbody tr')).map(e => e.getAttribute('data-kind'))")
        .await;
    assert!(kinds.iter().any(|k| k == "refusal"), "{kinds:?}");
    let per: String = b.js("return document.querySelector('#incident-counts [data-authority=sn-centrum]').textContent").await;
    assert!(per.contains("Socialnämnden Centrum"), "{per}");
    axe(&b, "incidents").await;
    shot(&b, "incidents").await;

    b.stop().await;
}
