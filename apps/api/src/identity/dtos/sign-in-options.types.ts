import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OidcProviderKind } from '../oidc-sign-in.service';

registerEnumType(OidcProviderKind, {
  name: 'OidcProviderKind',
  description: 'ID-porten (citizens), Feide (schools), or another OpenID Connect provider',
});

@ObjectType({ description: 'One "Logg inn med …" button' })
export class OidcSignInOption {
  @Field({ description: 'Pass as `provider` to startOidcSignIn, e.g. "idporten", "feide"' })
  id!: string;

  @Field(() => OidcProviderKind)
  kind!: OidcProviderKind;

  @Field({ description: 'The name on the button, e.g. "ID-porten"' })
  name!: string;
}

@ObjectType({ description: 'How one can sign in on this server' })
export class SignInOptions {
  @Field({ description: 'E-mail and password (always on)' })
  password!: boolean;

  @Field(() => [OidcSignInOption], { description: 'The OpenID Connect providers, in order' })
  oidc!: OidcSignInOption[];
}
