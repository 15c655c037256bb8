'use strict';
// Serverless plugin: the deploy guard of serverless.yml's `custom.cloudFormationRules`.
//
// * copies those rules into the template's `Rules` section (osls's schema does not accept `resources.Rules`), so
//   CloudFormation itself refuses a stack update that breaks them, whatever tool deploys the template;
// * evaluates them at package time against the template's parameter defaults (which serverless.yml fills from
//   the stage params), so `sls package` / `sls deploy` / `make package` / `make deploy` stop at once, with the
//   rule's AssertDescription, before anything reaches an account.
// Supports the condition functions the rules use: Ref (to a parameter), Fn::Equals, Fn::Not, Fn::And, Fn::Or.

class DeployGuardPlugin {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'before:package:finalize': () => this.apply() };
  }

  apply() {
    const rules = (this.serverless.service.custom || {}).cloudFormationRules || {};
    const template = this.serverless.service.provider.compiledCloudFormationTemplate;
    if (Object.keys(rules).length === 0) return;
    template.Rules = Object.assign(template.Rules || {}, rules);
    // resources.Parameters are merged into the template after this hook: read them from the service too.
    const resources = this.serverless.service.resources || {};
    const failed = violations(rules, { ...(template.Parameters || {}), ...(resources.Parameters || {}) });
    if (failed.length > 0) {
      throw new this.serverless.classes.Error(`Deploy refused:\n- ${failed.join('\n- ')}`);
    }
  }
}

function evaluate(node, parameters) {
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) return node.map((item) => evaluate(item, parameters));
  const [fn, args] = Object.entries(node)[0];
  switch (fn) {
    case 'Ref':
      if (!(args in parameters)) throw new Error(`rule refers to unknown parameter ${args}`);
      return String(parameters[args].Default);
    case 'Fn::Equals':
      return String(evaluate(args[0], parameters)) === String(evaluate(args[1], parameters));
    case 'Fn::Not':
      return !evaluate(args[0], parameters);
    case 'Fn::And':
      return args.every((arg) => evaluate(arg, parameters));
    case 'Fn::Or':
      return args.some((arg) => evaluate(arg, parameters));
    default:
      throw new Error(`the deploy guard cannot evaluate ${fn}`);
  }
}

function violations(rules, parameters) {
  const failed = [];
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.RuleCondition !== undefined && !evaluate(rule.RuleCondition, parameters)) continue;
    for (const assertion of rule.Assertions || []) {
      if (!evaluate(assertion.Assert, parameters)) failed.push(`${name}: ${assertion.AssertDescription}`);
    }
  }
  return failed;
}

module.exports = DeployGuardPlugin;
module.exports.violations = violations;
