// `npm start`: serves the repository so the demo loads the freshly built dist/ bundle.
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
};
