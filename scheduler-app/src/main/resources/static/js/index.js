// The start page: the header, then straight to the page of the signed-in account's role; until then, links only to
// the pages the account may open (a crew sees none of the office's).
import { header, me, pagesFor } from './common.js';

header(null);
me().then((account) => {
  const allowed = pagesFor(account);
  document.querySelectorAll('.start-links a').forEach((link) => {
    const page = link.getAttribute('href').replace(/^\/|\.html$/g, '');
    if (allowed.includes(page)) link.closest('li').hidden = false;
  });
  if (account && account.landing && account.landing !== '/index.html') window.location.replace(account.landing);
}).catch(() => {});
