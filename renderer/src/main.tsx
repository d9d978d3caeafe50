// The entry the page loads: tiny on purpose. It sends the first screen's requests, then fetches the
// application itself (React, antd, the screens). Parsing that bundle takes longer than core takes to
// answer, so by the time the app renders its data is usually already here.
import './state/boot.ts';

void import('./app.tsx');
