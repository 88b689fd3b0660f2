// The start page: the header, then straight to the page of the signed-in account's role.
import { header, me } from './common.js';

header(null);
me().then((account) => {
  if (account && account.landing && account.landing !== '/index.html') window.location.replace(account.landing);
}).catch(() => {});
