// A port nobody listens on: the system picks one for a throwaway server, which lets it go.
// (The dev server moves to the next port if another process takes it meanwhile, and says so.)
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    // No host: the dev server, too, listens on every interface.
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("The system gave no free port"))));
    });
  });
}
