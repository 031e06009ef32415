// Routines (GET /v1/routines) and one routine with its step timer (GET /v1/routines/{slug}).

import { explain, getJson } from "./api.js";
import { announce, fill, h } from "./dom.js";
import { duration, minutesAndSeconds, pointTitle, sides } from "./format.js";
import { cautionList, errorMessage, notice, otherNames, section, sourceList, sourceNote } from "./parts.js";
import { segmentsOf, StepTimer } from "./timer.js";

const TICK_MS = 250;

export function renderRoutines(main) {
  const controller = new AbortController();
  const list = h("div", {}, h("p", { role: "status" }, "Loading…"));
  fill(main, h("h1", { tabindex: "-1" }, "Routines"), h("p", { class: "lead" }, "Points to press one after another, with a timer for each step."), list);
  getJson("/v1/routines?limit=100", { signal: controller.signal })
    .then((page) => {
      fill(list,
        h(
          "ul",
          { class: "routines" },
          page.items.map((routine) =>
            h(
              "li",
              {},
              h("h2", {}, h("a", { href: `#/routines/${encodeURIComponent(routine.slug)}` }, routine.title)),
              h("p", {}, routine.description),
              h("p", { class: "meta" }, `${routine.step_count} steps`, routine.total_min_seconds ? `, about ${duration(routine.total_min_seconds, routine.total_max_seconds)} in all` : ""),
            ),
          ),
        ),
      );
    })
    .catch((error) => {
      if (error.name !== "AbortError") fill(list, errorMessage(explain(error)));
    });
  return () => controller.abort();
}

export function renderRoutine(main, slug) {
  const controller = new AbortController();
  const heading = h("h1", { tabindex: "-1" }, "Routine");
  const body = h("div", {}, h("p", { role: "status" }, "Loading…"));
  let stop = () => {};
  fill(main, heading, body);
  getJson(`/v1/routines/${encodeURIComponent(slug)}`, { signal: controller.signal })
    .then((routine) => {
      heading.textContent = routine.title;
      document.title = `${routine.title} – Acupoint finder`;
      const steps = h("ol", { class: "steps" }, routine.steps.map(stepItem));
      const timer = timerPanel(routine, steps);
      stop = timer.stop;
      fill(body,
        h("p", { class: "lead" }, routine.description),
        notice(routine.notice),
        timer.element,
        section("Steps", steps),
        section("Cautions", cautionList(routine.cautions)),
        section("Sources", sourceList(routine.sources)),
      );
    })
    .catch((error) => {
      if (error.name === "AbortError") return;
      heading.textContent = error.status === 404 ? "No such routine" : "The routine could not be loaded";
      fill(body, errorMessage(explain(error)), h("p", {}, h("a", { href: "#/routines" }, "All routines")));
    });
  return () => {
    controller.abort();
    stop();
  };
}

function stepItem(step) {
  const time = duration(step.duration_min_seconds, step.duration_max_seconds, step.duration_text);
  return h(
    "li",
    { class: "step", "data-position": step.position },
    h("h3", {}, h("a", { href: `#/points/${encodeURIComponent(step.point.code)}` }, pointTitle(step.point)), " ", otherNames(step.point.names)),
    step.technique ? h("p", {}, step.technique.instructions) : null,
    h("p", { class: "meta" }, time ? `How long: ${time}` : "How long: not stated by the source", sides(step.sides) ? `, ${sides(step.sides)}` : "", sourceNote(step.source)),
    step.note ? h("p", {}, step.note) : null,
  );
}

function timerPanel(routine, stepList) {
  const segments = segmentsOf(routine.steps);
  const clock = h("p", { class: "clock", role: "timer", "aria-label": "Time left in this step" }, "–:––");
  const what = h("p", { class: "timer-step" });
  const untimed = h("p", { class: "hint" }, "The source gives no time for this step: press Next step when done.");
  const toggle = h("button", { type: "button", class: "primary" }, "Start");
  const previous = h("button", { type: "button" }, "Previous step");
  const next = h("button", { type: "button" }, "Next step");
  const reset = h("button", { type: "button" }, "Reset");
  let interval = null;

  const timer = new StepTimer(segments, { onChange: update });

  function describe(segment) {
    const step = segment.step;
    const name = `${step.point.display_code} ${step.point.names.pinyin_toneless}`;
    return `Step ${step.position} of ${routine.steps.length}: ${name}${segment.label ? `, ${segment.label}` : ""}`;
  }

  function update(event) {
    const segment = timer.current;
    const left = timer.remaining();
    toggle.textContent = timer.running ? "Pause" : timer.done ? "Start again" : "Start";
    if (timer.done) {
      what.textContent = "Routine finished.";
      clock.textContent = "0:00";
    } else if (segment) {
      what.textContent = describe(segment);
      clock.textContent = left === null ? "–:––" : minutesAndSeconds(left / 1000);
      untimed.hidden = left !== null;
    }
    for (const item of stepList.children) {
      const current = !timer.done && segment && Number(item.dataset.position) === segment.step.position;
      if (current) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    }
    if (event === "step" || event === "start") {
      if (segment && !timer.done) announce(`${describe(segment)}. ${left === null ? "No time given by the source." : `${duration(Math.ceil(left / 1000))}.`}`);
    } else if (event === "done") {
      announce("Routine finished.");
    }
    if (timer.running && interval === null) interval = window.setInterval(() => timer.tick(), TICK_MS);
    if (!timer.running && interval !== null) {
      window.clearInterval(interval);
      interval = null;
    }
  }

  toggle.addEventListener("click", () => (timer.running ? timer.pause() : timer.start()));
  previous.addEventListener("click", () => timer.previous());
  next.addEventListener("click", () => timer.next());
  reset.addEventListener("click", () => timer.reset());
  update("reset");

  const element = h(
    "section",
    { class: "timer block", "aria-label": "Step timer" },
    h("h2", {}, "Step timer"),
    what,
    clock,
    untimed,
    h("div", { class: "controls" }, toggle, previous, next, reset),
  );
  return {
    element,
    stop() {
      timer.pause();
      window.clearInterval(interval);
    },
  };
}
