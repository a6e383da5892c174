import { loadConfig } from '../config/app-config';
import { Mailbox } from '../../test/mailbox';
import { MailTemplates } from './mail-templates';
import { Mailer } from './mailer';

describe(Mailer.name, () => {
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await Mailbox.start();
  });

  afterAll(async () => {
    await mailbox.close();
  });

  const configWith = (env: Record<string, string>) =>
    loadConfig({
      DATABASE_URL: 'postgres://unused/unused',
      MEILI_URL: 'http://unused',
      MEILI_MASTER_KEY: 'unused-unused-unused',
      ...env,
    });

  it('sends a Norwegian message, text and HTML, with a link to the web app over SMTP', async () => {
    const config = configWith({
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'Akselerator <ikke-svar@kristiansand.example>',
      PUBLIC_WEB_URL: 'https://akselerator.example/',
    });
    const sut = new Mailer(config);
    const templates = new MailTemplates(config);
    await sut.send(templates.verifyEmail('Kari@Example.no', 'Kari <3', 'abc_DEF-123', 48));
    const mail = await mailbox.next('kari@example.no');
    expect(mail.from).toContain('ikke-svar@kristiansand.example');
    expect(mail.subject).toBe('Bekreft e-postadressen din i Akselerator');
    expect(mail.text).toContain('https://akselerator.example/bekreft-e-post?token=abc_DEF-123');
    expect(mail.text).toContain('48 timer');
    expect(mail.html).toContain(
      'href="https://akselerator.example/bekreft-e-post?token=abc_DEF-123"',
    );
    expect(mail.html).toContain('Hei Kari &lt;3!');
    sut.onModuleDestroy();
  });

  it('without SMTP_URL builds the message and logs it instead, linking to the first web origin', async () => {
    const config = configWith({ WEB_ORIGINS: 'http://localhost:3000,http://127.0.0.1:3000' });
    const sut = new Mailer(config);
    const templates = new MailTemplates(config);
    const message = templates.passwordReset('ola@example.no', 'Ola', 'tok', 60);
    expect(message.text).toContain('http://localhost:3000/nytt-passord?token=tok');
    await expect(sut.send(message)).resolves.toBeUndefined();
    sut.onModuleDestroy();
  });
});
