// A MiniCRM account the add-on signs in to: System ID, API key and host.

/** The credentials for MiniCRM's API (HTTP Basic `SystemId:APIKey`) and the host that serves it. */
export interface CrmAccount {
  systemId: string;
  apiKey: string;
  host: string;
}
