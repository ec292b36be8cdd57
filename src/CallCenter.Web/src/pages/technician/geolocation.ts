export interface Position {
  latitude: number;
  longitude: number;
  accuracyM: number;
}

/**
 * The browser's position when the technician allows it; null when they refuse, the page is not a secure
 * context, or no fix comes within a few seconds (indoors, in a stairwell) — arriving must not wait on GPS.
 */
export function currentPosition(timeoutMs = 8000): Promise<Position | null> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve(null);
  return new Promise((resolve) => {
    const fallback = window.setTimeout(() => resolve(null), timeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        window.clearTimeout(fallback);
        resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracyM: Math.round(p.coords.accuracy) });
      },
      () => {
        window.clearTimeout(fallback);
        resolve(null);
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
