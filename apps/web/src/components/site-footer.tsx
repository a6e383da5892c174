import type { Dictionary } from '@/i18n/dictionary';

export function SiteFooter({ t }: { t: Dictionary }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="ds-paragraph lead" data-size="sm">
          {t.common.footer}
        </p>
      </div>
    </footer>
  );
}
