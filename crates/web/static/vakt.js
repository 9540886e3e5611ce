// vakt — progressive enhancement only: every page works without this script.
(function () {
  "use strict";
  var csrf = function () {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") : "";
  };
  var lang = document.documentElement.lang || "sv";
  var t = function (sv, en) { return lang === "en" ? en : sv; };

  // Copy buttons: data-copy names the element whose value/text is copied.
  function copyText(text, status) {
    var done = function () { if (status) { status.textContent = t("Kopierat.", "Copied."); } };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }
  function fallbackCopy(text) {
    var ta = document.createElement("textarea");
    ta.value = text; ta.setAttribute("readonly", ""); ta.className = "skip";
    document.body.appendChild(ta); ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to do */ }
    document.body.removeChild(ta);
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("button[data-copy]");
    if (!b) { return; }
    var el = document.getElementById(b.getAttribute("data-copy"));
    if (!el) { return; }
    var text = el.value !== undefined && el.tagName === "TEXTAREA" ? el.value : el.textContent;
    var label = b.getAttribute("data-label");
    copyText(label ? label + "\n\n" + text : text, b.parentNode.querySelector(".copied"));
  });

  // Check page: post the form and swap in the result without reloading.
  var form = document.getElementById("check-form");
  var result = document.getElementById("result");
  if (form && result) {
    var runs = 0;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var button = document.getElementById("check-button");
      if (button) { button.disabled = true; }
      var fd = new FormData(form);
      fetch(form.action, { method: "POST", body: fd, headers: { "x-vakt-fragment": "1" }, credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          result.innerHTML = html;
          runs += 1;
          result.setAttribute("data-run", String(runs));
          var h = document.getElementById("result-h");
          if (h) { h.focus(); }
        })
        .catch(function () {
          result.innerHTML = '<div class="notice error" role="alert"><p>' +
            t("Granskningen kunde inte göras. Kontrollera anslutningen och försök igen.",
              "The check could not be made. Check the connection and try again.") + "</p></div>";
        })
        .then(function () { if (button) { button.disabled = false; } });
    });
  }

  // Chat page: send, stream the answer, explain refusals, offer the masked text.
  var chat = document.getElementById("chat-form");
  if (chat) {
    var log = document.getElementById("chat-log");
    var input = document.getElementById("message");
    var system = document.getElementById("system");
    var status = document.getElementById("chat-status");
    var history = [];
    var counter = 0;

    var addMsg = function (role, text) {
      var div = document.createElement("div");
      div.className = "msg " + role;
      var label = document.createElement("p");
      label.className = "label";
      label.textContent = role === "user" ? t("Du", "You") : t("AI-genererat utkast", "AI-generated draft");
      var body = document.createElement("div");
      body.className = "text";
      body.textContent = text || "";
      div.appendChild(label); div.appendChild(body);
      log.appendChild(div);
      log.scrollTop = log.scrollHeight;
      return div;
    };

    var showRefusal = function (err, original) {
      var box = document.createElement("div");
      box.className = "refusal";
      box.setAttribute("role", "alert");
      box.setAttribute("data-refusal", (err.rules || []).join(" "));
      var p = document.createElement("p");
      p.textContent = err.message || t("Texten stoppades.", "The text was stopped.");
      box.appendChild(p);
      if (err.rules && err.rules.length) {
        var r = document.createElement("p");
        r.textContent = t("Regel: ", "Rule: ") + err.rules.join(", ") +
          (err.categories && err.categories.length ? t(". Uppgifter: ", ". Data: ") + err.categories.join(", ") : "");
        box.appendChild(r);
      }
      if (err.masked_text) {
        var q = document.createElement("p");
        q.textContent = t("Du kan skicka en maskerad version där de känsliga uppgifterna är ersatta:",
                          "You can send a masked version with the sensitive data replaced:");
        box.appendChild(q);
        var pre = document.createElement("pre");
        pre.className = "masked-preview";
        pre.textContent = err.masked_text;
        box.appendChild(pre);
        var b = document.createElement("button");
        b.type = "button";
        b.className = "send-masked";
        b.textContent = t("Skicka maskerad text", "Send masked text");
        b.addEventListener("click", function () {
          box.remove();
          send(err.masked_text);
        });
        box.appendChild(b);
      } else {
        var w = document.createElement("p");
        w.textContent = t("Ta bort de känsliga uppgifterna, eller välj ett system som är godkänt för den här informationsnivån (se AI-registret).",
                          "Remove the sensitive data, or choose a system approved for this information level (see the AI register).");
        box.appendChild(w);
      }
      log.appendChild(box);
      log.scrollTop = log.scrollHeight;
      var last = history.pop();
      if (last && last.content !== original) { history.push(last); }
    };

    var send = function (text) {
      counter += 1;
      history.push({ role: "user", content: text });
      addMsg("user", text);
      status.textContent = t("Skickar …", "Sending …");
      var msgDiv = null;
      var answer = "";
      fetch("/chat/send", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "x-csrf-token": csrf() },
        body: JSON.stringify({ system: system.value, messages: history })
      }).then(function (r) {
        var ct = r.headers.get("content-type") || "";
        if (!r.ok || ct.indexOf("text/event-stream") < 0) {
          return r.json().then(function (j) {
            status.textContent = t("Stoppad.", "Stopped.");
            showRefusal(j.error || {}, text);
          });
        }
        var decision = r.headers.get("x-vakt-decision");
        msgDiv = addMsg("assistant", "");
        msgDiv.setAttribute("data-record", r.headers.get("x-vakt-record") || "");
        msgDiv.setAttribute("data-decision", decision || "");
        if (decision === "masked") {
          var n = document.createElement("p");
          n.className = "hint";
          n.textContent = t("Känsliga uppgifter maskerades innan texten skickades; svaret har återställts.",
                            "Sensitive data was masked before the text was sent; the answer has been restored.");
          msgDiv.insertBefore(n, msgDiv.children[1]);
        }
        var body = msgDiv.querySelector(".text");
        var reader = r.body.getReader();
        var dec = new TextDecoder();
        var buf = "";
        var pump = function () {
          return reader.read().then(function (chunk) {
            if (chunk.done) { return; }
            buf += dec.decode(chunk.value, { stream: true });
            var i;
            while ((i = buf.indexOf("\n\n")) >= 0) {
              var ev = buf.slice(0, i); buf = buf.slice(i + 2);
              ev.split("\n").forEach(function (line) {
                if (line.indexOf("data:") !== 0) { return; }
                var data = line.slice(5).trim();
                if (data === "[DONE]") { return; }
                try {
                  var j = JSON.parse(data);
                  if (j.error) { answer += "\n[" + (j.error.message || "fel") + "]"; }
                  var d = j.choices && j.choices[0] && j.choices[0].delta;
                  if (d && d.content) { answer += d.content; }
                } catch (e) { /* ignore a broken event */ }
              });
              body.textContent = answer;
              log.scrollTop = log.scrollHeight;
            }
            return pump();
          });
        };
        return pump().then(function () {
          history.push({ role: "assistant", content: answer });
          msgDiv.setAttribute("data-done", "true");
          var id = "answer-" + counter;
          body.id = id;
          var c = document.createElement("button");
          c.type = "button"; c.className = "copy";
          c.setAttribute("data-copy", id);
          c.setAttribute("data-label", t("AI-genererat utkast", "AI-generated draft") + " (" + system.options[system.selectedIndex].text + ")");
          c.textContent = t("Kopiera med märkning", "Copy with label");
          var s = document.createElement("span"); s.className = "copied"; s.setAttribute("role", "status");
          msgDiv.appendChild(c); msgDiv.appendChild(s);
          status.textContent = t("Svar mottaget. Granska svaret innan du använder det.", "Answer received. Review it before you use it.");
        });
      }).catch(function () {
        status.textContent = t("Kunde inte nå vakt. Försök igen.", "Could not reach vakt. Try again.");
      });
    };

    // A conversation belongs to one system: changing system starts a new one, so text
    // sent earlier is never passed on to a system it was not checked for.
    system.addEventListener("change", function () {
      history = [];
      var note = document.createElement("p");
      note.className = "hint";
      note.textContent = t("Nytt samtal med ", "New conversation with ") + system.options[system.selectedIndex].text;
      log.appendChild(note);
    });

    chat.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = input.value;
      if (!text.trim()) { return; }
      input.value = "";
      send(text);
    });
  }
})();
