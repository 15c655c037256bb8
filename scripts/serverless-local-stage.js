'use strict';
// Serverless plugin for the `local` stage (the default stage of this service, see serverless.yml):
//
// * guard: `local` is a configuration for the embedded emulator (literal names, dummy credentials,
//   AWS_ENDPOINT_URL at 127.0.0.1). Packaging or deploying it is refused, so it can never reach an account.
// * `sls invoke local` on the local stage works as typed from a plain shell: it uses the project's .venv when no
//   virtualenv is active (the handler needs the project's Python packages), and when the local stack is not
//   running it says so in one line instead of letting the handler fail on a refused connection.
const fs = require('fs');
const net = require('net');
const path = require('path');

const LOCAL = 'local';

class LocalStagePlugin {
  constructor(serverless, options) {
    this.serverless = serverless;
    this.options = options || {};
    const refuse = () => this.refuseLocal();
    this.hooks = {
      'before:package:initialize': refuse,
      'before:deploy:deploy': refuse,
      'before:deploy:function:initialize': refuse,
      'before:invoke:local:invoke': () => this.prepareInvoke(),
    };
  }

  stage() {
    return this.options.stage || this.serverless.service.provider.stage;
  }

  refuseLocal() {
    if (this.stage() !== LOCAL) return;
    throw new this.serverless.classes.Error(
      "The 'local' stage is the emulator's configuration and is never packaged or deployed: " +
        'pass a real stage, e.g. `sls deploy -s dev` or `make package STAGE=dev`.'
    );
  }

  async prepareInvoke() {
    if (this.stage() !== LOCAL) return;
    const venv = path.join(this.serverless.serviceDir || process.cwd(), '.venv');
    if (!process.env.VIRTUAL_ENV && fs.existsSync(path.join(venv, 'bin', 'python3'))) {
      process.env.VIRTUAL_ENV = venv; // invoke local puts $VIRTUAL_ENV/bin first on PATH
    }
    const port = Number(process.env.EMULATOR_PORT || 5055);
    if (!(await listening('127.0.0.1', port))) {
      throw new this.serverless.classes.Error(
        `The local stack is not running (nothing on 127.0.0.1:${port}): start it with \`make dev\` in ` +
          'another terminal, then run this again.'
      );
    }
  }
}

function listening(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

module.exports = LocalStagePlugin;
