import { createServer, type Socket } from "node:net";

export type SmtpSink = { port: number; messages: string[]; stop: () => Promise<void> };

/** A minimal SMTP sink: enough of RFC 5321 for one client to deliver messages. */
export function startSmtpSink(): Promise<SmtpSink> {
  const messages: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let buffer = "";
    let inData = false;
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol === -1) return;
        const line = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (line.startsWith("EHLO")) socket.write("250-sink\r\n250 8BITMIME\r\n");
        else if (line.startsWith("DATA")) { inData = true; socket.write("354 go ahead\r\n"); }
        else if (line.startsWith("QUIT")) { socket.end("221 bye\r\n"); return; }
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const stop = () => new Promise<void>((done) => {
      // The transport is pooled and keeps its connection; close it from the server side.
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    });
    resolve({ port: typeof address === "object" && address ? address.port : 0, messages, stop });
  }));
}
