// A combobox with a list of suggestions (WAI-ARIA 1.2 pattern), asked for after a pause in
// typing so that the page stays well within the API's limit for anonymous clients.

import { h, uniqueId } from "./dom.js";

const KIND_LABELS = { condition: "symptom", point: "point", region: "body region" };

export function attachTypeahead(input, { suggest, onPick, delay = 300, minLength = 2 }) {
  const listbox = h("ul", { id: uniqueId("suggestions"), role: "listbox", class: "suggestions", hidden: true, "aria-label": "Suggestions" });
  input.after(listbox);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("autocomplete", "off");

  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;

  function close() {
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    items = [];
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...listbox.children].forEach((option, position) => {
      option.setAttribute("aria-selected", String(position === index));
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", listbox.children[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function pick(index) {
    const item = items[index];
    close();
    if (item) onPick(item);
  }

  function show(found) {
    items = found;
    active = -1;
    listbox.replaceChildren(
      ...found.map((item, index) =>
        h(
          "li",
          { id: `${listbox.id}-${index}`, role: "option", "aria-selected": "false", onmousedown: (event) => event.preventDefault(), onclick: () => pick(index) },
          h("span", { class: "suggestion-title" }, item.title),
          h("span", { class: "suggestion-kind" }, ` ${KIND_LABELS[item.kind] || item.kind}`),
        ),
      ),
    );
    listbox.hidden = found.length === 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
  }

  async function ask(text) {
    controller?.abort();
    controller = new AbortController();
    try {
      show(await suggest(text, controller.signal));
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < minLength) {
      controller?.abort();
      close();
      return;
    }
    timer = window.setTimeout(() => ask(text), delay);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape" && !listbox.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", () => {
    window.clearTimeout(timer);
    close();
  });

  return {
    cancel() {
      window.clearTimeout(timer);
      controller?.abort();
      close();
    },
  };
}
