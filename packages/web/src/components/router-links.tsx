import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { Ref } from 'react';

// Mantine components rendered as router links: typed `to`/`params`, client-side
// navigation, and the real <a href> that keyboard and screen-reader users expect.

type AnchorBaseProps = Omit<AnchorProps, 'href'> &
  React.ComponentPropsWithoutRef<'a'> & { ref?: Ref<HTMLAnchorElement> };
function AnchorBase(props: AnchorBaseProps) {
  return <Anchor component="a" {...props} />;
}
const CreatedAnchorLink = createLink(AnchorBase);
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

type NavLinkBaseProps = Omit<NavLinkProps, 'href'> &
  Omit<React.ComponentPropsWithoutRef<'a'>, 'onChange'> & { ref?: Ref<HTMLAnchorElement> };
function NavLinkBase(props: NavLinkBaseProps) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLinkLink = createLink(NavLinkBase);
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <CreatedNavLinkLink preload="intent" {...props} />
);

type ButtonBaseProps = ButtonProps & React.ComponentPropsWithoutRef<'a'> & { ref?: Ref<HTMLAnchorElement> };
function ButtonBase(props: ButtonBaseProps) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonBase);
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);
