// Calls to the API of this same origin; a problem answer (RFC 9457) becomes an ApiError.

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

export async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, { detail: "The server could not be reached. Check the connection and try again." });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
    throw new ApiError(response.status, body, Number.isFinite(retry) ? retry : null);
  }
  return body;
}

/** What to tell a person about a failed call. */
export function explain(error) {
  if (error.status === 429) {
    const wait = error.retryAfter ? ` Try again in ${error.retryAfter} seconds.` : "";
    return `Too many requests from this address for now.${wait}`;
  }
  return error.message || "Something went wrong.";
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [].concat(value)) {
      if (one !== null && one !== undefined && one !== "" && one !== false) search.append(name, String(one));
    }
  }
  return search.toString();
}
