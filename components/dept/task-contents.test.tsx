import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en";
import zhCN from "@/lib/i18n/messages/zh-CN";
import { makeT } from "@/lib/i18n/core";
import type { DeptTaskView } from "@/lib/approvals/get-dept-task";
import { TaskDocuments, TaskFormValues } from "./task-contents";

const groups: DeptTaskView["form"] = [
  {
    heading: { topic: "subject" as never },
    fields: [
      { key: "subject.name", label: "企业名称", type: "TEXT", options: null, value: "上海金山晨曦便利店有限公司" },
      { key: "subject.uscc", label: "统一社会信用代码", type: "TEXT", options: null, value: "设立登记后自动赋码" },
      {
        key: "subject.type",
        label: "企业类型",
        type: "SELECT",
        options: [{ value: "llc-natural-sole", label: "有限责任公司（自然人独资）" }],
        value: "llc-natural-sole",
      },
      { key: "contact.phone", label: "联系电话", type: "TEXT", options: null, value: "13800000000" },
    ],
  },
  {
    heading: { matter: "企业设立登记（营业执照）" },
    fields: [{ key: "subject.scope", label: "经营范围", type: "TEXTAREA", options: null, value: "一般项目：日用百货销售" }],
  },
];

const documents = [
  {
    documentKey: "premises.photos",
    name: "经营场所照片",
    isKey: false,
    route: "upload" as never,
    matters: [{ name: "出版物零售业务经营许可", waived: false }],
    file: null,
    pending: null,
    verifiedNote: null,
  },
];

describe("the department's view of the form and documents", () => {
  it("in English: labels, choices, placeholder words, matter and material names translated; typed Chinese data marked lang=zh-CN", () => {
    const t = makeT(en);
    const html = renderToStaticMarkup(<TaskFormValues t={t} locale="en" groups={groups} />);
    expect(html).toContain("Enterprise name");
    expect(html).toContain("Limited liability company (one natural-person shareholder)");
    expect(html).toContain("assigned automatically at registration");
    expect(html).toContain('<span lang="zh-CN">上海金山晨曦便利店有限公司</span>');
    expect(html).toContain('<span lang="zh-CN">一般项目：日用百货销售</span>');
    expect(html).toContain("13800000000");
    expect(html).not.toContain('<span lang="zh-CN">13800000000');
    expect(html).toContain("Company registration (business licence)");
    expect(html).not.toMatch(/>[^<]*[\u4e00-\u9fff][^<]*<\/(dt|h3)>/);
    const docs = renderToStaticMarkup(<TaskDocuments t={t} locale="en" documents={documents} />);
    expect(docs).toContain("Photos of the premises");
    expect(docs).toContain("Publication retail licence");
  });

  it("in Chinese: everything as stored", () => {
    const t = makeT(zhCN);
    const html = renderToStaticMarkup(<TaskFormValues t={t} locale="zh-CN" groups={groups} />);
    for (const zh of ["企业名称", "有限责任公司（自然人独资）", "设立登记后自动赋码", "上海金山晨曦便利店有限公司", "企业设立登记（营业执照）"])
      expect(html).toContain(zh);
    expect(html).not.toContain('lang="zh-CN"');
    const docs = renderToStaticMarkup(<TaskDocuments t={t} locale="zh-CN" documents={documents} />);
    expect(docs).toContain("经营场所照片");
    expect(docs).toContain("出版物零售业务经营许可");
  });
});

describe("the department's document links", () => {
  const docs = [
    {
      documentKey: "articles.draft",
      name: "公司章程（全体股东签署）",
      isKey: true,
      route: "generated" as never,
      matters: [{ name: "企业设立登记（营业执照）", waived: false }],
      file: { materialId: "m1", fileName: "上海某某便利店有限公司章程.txt", generated: true },
      pending: null,
      verifiedNote: null,
    },
    {
      documentKey: "premises.lease",
      name: "住所使用证明",
      isKey: false,
      route: "upload" as never,
      matters: [{ name: "企业设立登记（营业执照）", waived: false }],
      file: { materialId: "m2", fileName: "lease.pdf", generated: false },
      pending: null,
      verifiedNote: null,
    },
  ];
  it("marks a Chinese file name (a legal original's title) lang=zh-CN inside the English link text", () => {
    const html = renderToStaticMarkup(<TaskDocuments t={makeT(en)} locale="en" documents={docs} />);
    expect(html).toContain('href="/api/materials/m1"');
    expect(html).toContain('Open file: <span lang="zh-CN">上海某某便利店有限公司章程.txt</span></a>');
    expect(html).toContain("Open file: lease.pdf");
  });
  it("in Chinese the link reads as before", () => {
    const html = renderToStaticMarkup(<TaskDocuments t={makeT(zhCN)} locale="zh-CN" documents={docs} />);
    expect(html).toContain('查看文件：<span lang="zh-CN">上海某某便利店有限公司章程.txt</span>');
    expect(html).toContain("查看文件：lease.pdf");
  });
});
