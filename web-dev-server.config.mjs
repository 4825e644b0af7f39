// `npm start`: serves the repository so the demo loads the freshly built dist/ bundle.
import { fillDemoPage } from './scripts/lib/demo-page.mjs';

export default {
  rootDir: '.',
  port: 8000,
  hostname: '127.0.0.1',
  open: false,
  appIndex: undefined,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/') context.url = '/demo/index.html';
      return next();
    },
  ],
  plugins: [
    {
      name: 'demo-page-from-the-build',
      transform(context) {
        if (context.path === '/demo/index.html') return { body: fillDemoPage(context.body, 'dist') };
      },
    },
  ],
};
