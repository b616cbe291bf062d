// Registers the offline service worker of the demo page (not of embeds).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
