// The host page's script on the embed demo: records the widgets' events
// (window.quoteEvents, window.errorEvents), CSP violations
// (window.cspViolations), and lists each quote on the page. Text only.
window.quoteEvents = [];

// The vendor's own price list: visitors of the ASoft widget see its RRP without typing it.
// (Set before the widget module has loaded: the element picks it up when it starts.)
document.getElementById('locked').prices = { crm_licences: 15000 };
window.errorEvents = [];
window.cspViolations = [];

document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});

document.addEventListener('partner-calc:quote', (e) => {
  const quote = e.detail;
  window.quoteEvents.push({ widget: e.target.id, quote });
  const item = document.createElement('li');
  item.className = 'list-group-item';
  const net = quote.net_total ?? 'по согласованию';
  item.textContent = `#${e.target.id}: ${quote.vendor} / ${quote.tier} / ${quote.product}, ${quote.quantity} × ${quote.unit_price} → ${net} ${quote.currency.toUpperCase()}`;
  const list = document.getElementById('events');
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
});

document.addEventListener('partner-calc:error', (e) => {
  window.errorEvents.push({ widget: e.target.id, detail: e.detail });
});

// The call to action of #locked: the page notes the application with the quote (the link then
// scrolls to the log).
document.addEventListener('partner-calc:cta', (e) => {
  const quote = e.detail.quote;
  const item = document.createElement('li');
  item.className = 'list-group-item list-group-item-success';
  item.textContent = `#${e.target.id}: заявка — ${quote ? `${quote.vendor} / ${quote.tier}, ${quote.net_total ?? 'по согласованию'} ${quote.currency.toUpperCase()}` : 'без расчёта'}`;
  document.getElementById('events').prepend(item);
});
