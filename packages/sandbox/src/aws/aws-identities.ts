import { randomBytes } from 'node:crypto';

export interface AwsAccessKey {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A role the sandbox lets the account's keys assume; with `externalId`, AssumeRole must carry it. */
export interface AwsRole {
  arn: string;
  externalId?: string;
}

/** Who a signed request comes from. */
export interface AwsCaller {
  accountId: string;
  arn: string;
  userId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_ACCESS_KEY: AwsAccessKey = {
  accessKeyId: 'AKIASANDBOX000000001',
  secretAccessKey: 'sandbox/Secret+AccessKey/0000000000000001',
};

/** The account's long-term keys, the roles they may assume, and the temporary sessions issued. */
export class AwsIdentities {
  private readonly keys = new Map<string, AwsCaller>();
  /** Every session AssumeRole issued (for leak scans: their secrets must appear nowhere). */
  readonly sessions: { accessKeyId: string; secretAccessKey: string; sessionToken: string }[] = [];
  private readonly roles: AwsRole[];

  constructor(
    readonly accountId: string,
    accessKeys: AwsAccessKey[],
    roles: AwsRole[],
  ) {
    for (const k of accessKeys)
      this.keys.set(k.accessKeyId, {
        accountId,
        arn: `arn:aws:iam::${accountId}:user/cloudforet-collector`,
        userId: `AIDA${k.accessKeyId.slice(4, 20)}`,
        secretAccessKey: k.secretAccessKey,
      });
    this.roles = roles;
  }

  caller(accessKeyId: string): AwsCaller | undefined {
    return this.keys.get(accessKeyId);
  }

  /** Issues a session for `roleArn`, or says why not (AWS's AccessDenied text). */
  assumeRole(
    caller: AwsCaller,
    { roleArn, sessionName, externalId }: { roleArn: string; sessionName: string; externalId?: string },
  ):
    | { accessKeyId: string; secretAccessKey: string; sessionToken: string; assumedArn: string; roleId: string }
    | string {
    const role = this.roles.find((r) => r.arn === roleArn);
    if (!role || (role.externalId !== undefined && role.externalId !== externalId) || (!role.externalId && externalId))
      return `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
    const account = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
    const accountId = account?.[1] ?? this.accountId;
    const roleName = account?.[2] ?? 'role';
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    const roleId = `AROA${randomBytes(8).toString('hex').toUpperCase()}`;
    const session = {
      accessKeyId,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(96).toString('base64')}`,
      assumedArn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
      roleId,
    };
    this.sessions.push({ accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken });
    this.keys.set(accessKeyId, {
      accountId,
      arn: session.assumedArn,
      userId: `${roleId}:${sessionName}`,
      secretAccessKey: session.secretAccessKey,
      sessionToken: session.sessionToken,
    });
    return session;
  }
}
